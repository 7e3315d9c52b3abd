/**
 * Translations come from vendors and machines: nothing in them may run. Enforces the HTML allowlist with
 * hast-util-sanitize (GitHub's rules), keeping ids unprefixed because anchors must stay stable across
 * locales, allowing app links (`ms-settings:`) and inline `data:image/…` pictures (see ../url-safety.ts), nothing else.
 *
 * Does not: decide what a link points to (see `rehype-site-links`).
 */
import type { Root, Element } from 'hast';
import { sanitize, defaultSchema, type Schema } from 'hast-util-sanitize';
import { visit } from './visit.ts';
import { ALLOWED_TAGS, STRIPPED_TAGS } from './html-tags.ts';
import { isSafeUrl } from '../url-safety.ts';

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
  // URL schemes are judged by isSafeUrl below: the schema can only list exact schemes, and app links are a family.
  protocols: {},
};

export default function rehypeSanitizeContent() {
  return (tree: Root): Root => {
    const clean = sanitize(tree, schema) as Root;
    visit(clean, 'element', (node: Element) => {
      const { href, src, cite } = node.properties;
      if (typeof href === 'string' && !isSafeUrl(href)) delete node.properties['href'];
      if (typeof cite === 'string' && !isSafeUrl(cite)) delete node.properties['cite'];
      if (typeof src === 'string' && !isSafeUrl(src, node.tagName === 'img')) delete node.properties['src'];
    });
    return clean;
  };
}
