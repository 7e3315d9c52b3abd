/**
 * Points links at the built site and records them. A relative `payment-past-due.md#section` becomes
 * `/nl-nl/payment-past-due/#section` (the fragment kept); external links open safely (`rel="noopener"`).
 * Every link is recorded with its Markdown line so the link check can report it where the author wrote it.
 *
 * Does not: judge whether a link is broken (the link check does, once every article is known).
 */
import type { Root, Element } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from './visit.ts';
import type { VFile } from 'vfile';
import { messages } from '../messages.ts';
import { at, collected, rendered } from './context.ts';
import { sourceOf } from './sources.ts';
import { judgeUrl } from '../url-safety.ts';

export default function rehypeSiteLinks() {
  return (tree: Root, file: VFile) => {
    const context = file.data.context;
    const out = collected(file.data);
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'a') return;
      const original = node.properties['href'];
      if (typeof original !== 'string') return;
      // A link written in a partial resolves from the partial's place (./sources.ts), wherever it is included.
      const from = sourceOf(file.data, node)?.logical;
      const resolved = context ? context.resolveLink(original, from) : { kind: 'other' as const, href: original };
      const href = resolved.kind === 'fragment' ? `#${resolved.fragment}` : resolved.href;
      // The published href is judged again: whatever resolving did to it, it must still be safe.
      const verdict = judgeUrl(href, 'link');
      if (!verdict.ok) {
        delete node.properties['href'];
        out.stats.removed++;
        out.diagnostics.push(rendered(messages.unsafeLinkRemoved({ file: '', ...at(node) }, original, verdict.reason)));
        return;
      }
      node.properties['href'] = href;
      const leavesSite = resolved.kind === 'external' || (resolved.kind === 'short-link' && !resolved.registered);
      if (leavesSite) node.properties['rel'] = ['noopener'];
      if (resolved.kind === 'short-link' && resolved.malformed !== undefined) {
        out.diagnostics.push(rendered(messages.malformedFwlink({ file: '', ...at(node) }, original, resolved.malformed)));
      }
      const text = toString(node).trim();
      // A URL shown as link text reads left to right even on a right-to-left page.
      if (/^(?:https?:\/\/|www\.)/i.test(text)) node.properties['dir'] = 'ltr';
      const start = node.position?.start;
      out.links.push({
        original,
        href,
        kind: resolved.kind,
        target: resolved.kind === 'article' ? resolved.target : undefined,
        fragment: resolved.kind === 'article' ? resolved.fragment : resolved.kind === 'fragment' ? resolved.fragment : undefined,
        shortLinkId: resolved.kind === 'short-link' ? resolved.id : undefined,
        found: resolved.kind === 'article' ? resolved.found : undefined,
        text,
        line: start?.line,
        column: start?.column,
        endOffset: node.position?.end.offset,
      });
    });
  };
}
