/**
 * Translations come from vendors and machines: nothing in them may run. Enforces the HTML allowlist with
 * hast-util-sanitize (GitHub's rules), keeping ids unprefixed because anchors must stay stable across
 * locales, allowing app links (`ms-settings:`) and inline `data:image/…` pictures, and nothing else.
 *
 * Does not: decide what a link points to (see `rehype-site-links`).
 */
import type { Root, Element } from 'hast';
import { sanitize, defaultSchema, type Schema } from 'hast-util-sanitize';
import { visit } from 'unist-util-visit';
import { ALLOWED_TAGS, STRIPPED_TAGS } from './html-tags.ts';
import { APP_SCHEMES, isSafeUrl } from './safe-url.ts';

const schema: Schema = {
  ...defaultSchema,
  tagNames: [...ALLOWED_TAGS],
  strip: STRIPPED_TAGS,
  clobber: [],
  clobberPrefix: '',
  attributes: {
    ...defaultSchema.attributes,
    '*': [...(defaultSchema.attributes?.['*'] ?? []), 'id', 'dir', 'lang'],
    a: ['href', 'title', 'name', ['className', 'video-link'], 'dataEmbed'],
    img: ['src', 'alt', 'title', 'width', 'height'],
    code: [['className', /^language-./]],
    div: [['className', 'alert', /^alert-[a-z]+$/, 'video']],
    p: [['className', 'alert-title']],
    span: [['className', 'missing-image']],
  },
  protocols: {
    href: ['http', 'https', 'mailto', ...APP_SCHEMES],
    src: ['http', 'https', 'data'],
  },
};

export default function rehypeSanitizeContent() {
  return (tree: Root): Root => {
    const clean = sanitize(tree, schema) as Root;
    // The schema can only allow the `data` scheme as a whole; keep just base64 pictures of safe types.
    visit(clean, 'element', (node: Element) => {
      const src = node.properties['src'];
      if (node.tagName === 'img' && typeof src === 'string' && !isSafeUrl(src, true)) delete node.properties['src'];
    });
    return clean;
  };
}
