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
import { at, collected } from './context.ts';
import { ALLOWED_TAGS } from './html-tags.ts';
import { judgeUrl } from '../url-safety.ts';

const URL_ATTRIBUTES = ['href', 'src', 'action', 'formAction', 'cite', 'background', 'poster', 'xLinkHref', 'data'];

export default function rehypeReportUnsafe() {
  return (tree: Root, file: VFile) => {
    const out = collected(file.data);
    const report = (node: Element, rule: string, message: string) => {
      out.stats.removed++;
      out.diagnostics.push({ rule, severity: 'warning', ...at(node), message, fix: 'remove it from the Markdown; articles may use only plain HTML formatting' });
    };
    visit(tree, 'element', (node: Element) => {
      if (!ALLOWED_TAGS.has(node.tagName)) {
        report(node, 'html/removed-element', `<${node.tagName}> is not allowed in an article and was removed`);
        return SKIP;
      }
      for (const [name, value] of Object.entries(node.properties)) {
        if (/^on/i.test(name)) report(node, 'html/removed-attribute', `the event handler ${name.toLowerCase()} on <${node.tagName}> was removed`);
        else if (name === 'style') report(node, 'html/removed-attribute', `the style attribute on <${node.tagName}> was removed`);
        else if (URL_ATTRIBUTES.includes(name) && typeof value === 'string') {
          const verdict = judgeUrl(value, name === 'src' && node.tagName === 'img' ? 'image' : 'link');
          if (!verdict.ok) report(node, 'html/unsafe-url', `the URL ${JSON.stringify(value.slice(0, 80))} in ${name} on <${node.tagName}> ${verdict.reason}, so it was removed`);
        }
      }
      return undefined;
    });
  };
}
