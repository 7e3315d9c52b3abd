/**
 * Reports, with the author's line, what the sanitizer is about to remove: elements outside the allowlist
 * (`<script>`, `<iframe>`, `<form>`…), event handlers and `style` attributes, and URLs with a scheme that
 * could run code. Nothing is removed silently. Runs just before `rehype-sanitize-content`.
 *
 * Does not: remove anything itself.
 */
import type { Element, Root } from 'hast';
import { visit, SKIP } from './visit.ts';
import type { VFile } from 'vfile';
import type { Diagnostic } from '../diagnostics.ts';
import { messages } from '../messages.ts';
import { at, collected, rendered } from './context.ts';
import { ALLOWED_TAGS } from './html-tags.ts';
import { judgeUrl } from '../url-safety.ts';

const URL_ATTRIBUTES = ['href', 'src', 'action', 'formAction', 'cite', 'background', 'poster', 'xLinkHref', 'data'];

export default function rehypeReportUnsafe() {
  return (tree: Root, file: VFile) => {
    const out = collected(file.data);
    // The message is made only when something is reported: most elements are fine.
    const report = (node: Element, diagnostic: (where: { file: string }) => Diagnostic) => {
      out.stats.removed++;
      out.diagnostics.push(rendered(diagnostic({ file: '', ...at(node) })));
    };
    visit(tree, 'element', (node: Element) => {
      if (!ALLOWED_TAGS.has(node.tagName)) {
        report(node, (where) => messages.elementRemoved(where, node.tagName));
        return SKIP;
      }
      for (const [name, value] of Object.entries(node.properties)) {
        if (/^on/i.test(name)) report(node, (where) => messages.eventHandlerRemoved(where, name, node.tagName));
        else if (name === 'style') report(node, (where) => messages.styleRemoved(where, node.tagName));
        else if (URL_ATTRIBUTES.includes(name) && typeof value === 'string') {
          const verdict = judgeUrl(value, name === 'src' && node.tagName === 'img' ? 'image' : 'link');
          if (!verdict.ok) report(node, (where) => messages.unsafeUrlRemoved(where, value, name, node.tagName, verdict.reason));
        }
      }
      return undefined;
    });
  };
}
