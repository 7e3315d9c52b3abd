/**
 * Machine translation leaves links with no text (`[](url)`): invisible to readers and to screen readers.
 * Each gets visible text (the target article's title for a link to this site, else host and path) and is
 * reported with its line. Runs after `rehype-site-links`, which records the link.
 *
 * Does not: judge other link damage (punctuation-only text, glued words): that is the link check's job.
 */
import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from './visit.ts';
import type { VFile } from 'vfile';
import { messages } from '../messages.ts';
import { at, collected, rendered } from './context.ts';

export default function rehypeEmptyLinks() {
  return (tree: Root, file: VFile) => {
    const out = collected(file.data);
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'a' || typeof node.properties['href'] !== 'string') return;
      if (toString(node).trim() !== '' || node.children.some((c) => c.type === 'element' && c.tagName === 'img')) return;
      const href = node.properties['href'];
      const record = out.links.find((l) => l.href === href && l.text === '');
      const title = record?.target ? file.data.context?.titleOf?.(record.target) : undefined;
      const text = title ?? describeUrl(href);
      node.children = [{ type: 'text', value: text }];
      if (record) record.text = text;
      out.stats.emptyLinksRepaired++;
      out.diagnostics.push(rendered(messages.emptyLinkText({ file: '', ...at(node) }, href, text)));
    });
  };
}

/** `https://docs.microsoft.com/azure/sso-options#x` → `docs.microsoft.com/azure/sso-options`. */
function describeUrl(href: string): string {
  try {
    const url = new URL(href, 'https://site.invalid');
    if (url.host === 'site.invalid') return href;
    return `${url.host}${url.pathname === '/' ? '' : url.pathname}`;
  } catch {
    return href;
  }
}
