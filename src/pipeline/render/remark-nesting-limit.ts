/**
 * Keeps the tree shallow enough for every later step (see nesting-limit.ts), and says where it was not:
 *
 * - while parsing, before remark-gfm's own transform walks the tree recursively, every node deeper than the
 *   limit is cut off and a marker left in its place (the transform goes first whatever the plugin order);
 * - as a step of its own, after the includes are in place and tag-like placeholders are text, the whole
 *   tree is checked again, with raw HTML counted by its open tags (`<div><div>…` is flat in Markdown and deep
 *   once parsed), and an error is reported at each place the limit was passed. Raw HTML past the limit is
 *   shown as text. Our own walks before this step recurse one frame per level: 10 nested includes of
 *   partials at the limit are still far from the stack's end.
 *
 * Does not: check before parsing (render-markdown.ts and remark-includes.ts call `scanNesting` for that).
 */
import type { Html, Parent, Root, Text } from 'mdast';
import type { Node } from 'unist';
import type { Processor } from 'unified';
import type { VFile } from 'vfile';
import { messages } from '../messages.ts';
import { collected, rendered } from './context.ts';
import { cutTooDeep, NESTING_LIMIT, type TooDeep } from './nesting-limit.ts';

export default function remarkNestingLimit(this: Processor) {
  const data = this.data();
  (data.fromMarkdownExtensions ??= []).unshift({ transforms: [(tree: Root) => void cutTooDeep(tree, true)] });
  return (tree: Root, file: VFile) => {
    // One error is enough to find the place: the first one in the file.
    const [first] = [...cutTooDeep(tree, false), ...limitHtml(tree)].sort((a, b) => a.line - b.line || a.column - b.column);
    if (first) collected(file.data).diagnostics.push(rendered(messages.nestingTooDeep({ file: '', line: first.line, column: first.column }, first.what, first.depth, NESTING_LIMIT)));
  };
}

/** Raw HTML, in document order, with the depth of its Markdown parent and the tags it leaves open. */
function limitHtml(tree: Root): TooDeep[] {
  let open = 0;
  let deepest = 0;
  let passed: { line: number; column: number } | undefined;
  const stack: [Node, number, Parent | undefined, number][] = [[tree, 0, undefined, 0]];
  while (stack.length > 0) {
    const [node, depth, parent, index] = stack.pop()!;
    if (node.type === 'html' && parent) {
      const html = node as Html;
      for (const tag of html.value.matchAll(TAG)) {
        if (FLAT_TAGS.has(tag[2]!.toLowerCase()) || tag[3] === '/') continue;
        open = Math.max(0, open + (tag[1] === '/' ? -1 : 1));
        deepest = Math.max(deepest, depth + open);
        if (!passed && depth + open > NESTING_LIMIT) passed = pointAt(html, tag.index);
      }
      // Past the limit, raw HTML is not parsed: it shows as text (and the article fails with the error).
      if (passed) parent.children[index] = { type: 'text', value: html.value, ...(html.position ? { position: html.position } : {}) } as Text;
      continue;
    }
    const children = (node as Partial<Parent>).children ?? [];
    for (let i = children.length - 1; i >= 0; i--) stack.push([children[i]!, depth + (children[i]!.type === 'listItem' ? 0 : 1), node as Parent, i]);
  }
  return passed ? [{ ...passed, what: 'HTML elements', depth: deepest }] : [];
}

/** Tags that never hold others (void), or close themselves when the next one opens (`<li>a<li>b`): they add no depth. */
const FLAT_TAGS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr', 'p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'option']);

const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)[^>]*?(\/?)>/g;

/** The author's line and column of a character inside an HTML node. */
function pointAt(html: Html, offset: number): { line: number; column: number } {
  const lines = html.value.slice(0, offset).split('\n');
  const start = html.position?.start ?? { line: 1, column: 1 };
  return { line: start.line + lines.length - 1, column: lines.length === 1 ? start.column + offset : lines.at(-1)!.length + 1 };
}
