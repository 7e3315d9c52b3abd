/**
 * How deep Markdown may nest, and the checks that keep deeper input from overflowing the stack (the parser's
 * GFM step, mdast-to-hast, the sanitizer and the HTML writer all recurse; a blockquote or list 2,000 deep
 * crashed the build with "Maximum call stack size exceeded" and no file named) or from taking minutes to
 * parse (40 KB of `[![` nested 4,000 deep took 68 s).
 *
 * Depth counts what an author sees as a level: a blockquote, a list (its items are not a level of their own),
 * an emphasis, a link, an HTML element. The deepest of 18,000 real articles is 9 levels (blockquotes 1 deep,
 * lists 3 deep, brackets 3 deep, a list marker after 12 spaces at most), so the limit is far above anything
 * real and far below where anything breaks (about 1,000 levels). It is also what bounds the parse time of
 * a nested list, which grows with lines times depth: a list 2,000 deep (4 MB of indentation) took 5 minutes.
 */
import type { Node, Parent } from 'unist';

export const NESTING_LIMIT = 50;

export interface TooDeep {
  line: number;
  column: number;
  what: string;
  depth: number;
}

/**
 * Before parsing: the levels a line can open (a list or quote marker counts one, and so do every two columns
 * of indentation before it: `> > - - 1.`, a list item after 200 spaces) and brackets open at once within a
 * paragraph (`[![![…`), the ways a small file nests deep enough to be slow or crash. Code fences are
 * skipped: what is in code is text. Approximate on purpose (a regex, no Markdown parsing): it only has to
 * catch what no real article comes near.
 */
const MARKER = /[ \t]*(?:>|[-+*](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))/y;
const FENCE = /^[ \t]{0,3}(`{3,}|~{3,})/;

export function scanNesting(text: string, limit = NESTING_LIMIT): TooDeep | undefined {
  const lines = text.split('\n');
  let fence: string | undefined;
  let brackets = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    let markers = 0;
    let end = 0;
    MARKER.lastIndex = 0;
    while (MARKER.exec(line)) {
      markers++;
      end = MARKER.lastIndex;
    }
    if (markers > 0) {
      const indent = /^[ \t]*/.exec(line)![0].replace(/\t/g, '    ').length;
      const levels = Math.floor(indent / 2) + markers;
      if (levels > limit) return { line: i + 1, column: indent + 1, what: 'blockquotes and lists', depth: levels };
    }
    const rest = end === 0 ? line : line.slice(end);
    const opens = FENCE.exec(rest)?.[1];
    if (fence !== undefined) {
      if (opens !== undefined && opens[0] === fence[0] && opens.length >= fence.length) fence = undefined;
      continue;
    }
    if (opens !== undefined) {
      fence = opens;
      continue;
    }
    if (rest.trim() === '') brackets = 0;
    if (!rest.includes('[') && (brackets === 0 || !rest.includes(']'))) continue;
    for (const found of rest.matchAll(/\\.|[[\]]/g)) {
      if (found[0] === ']') brackets = Math.max(0, brackets - 1);
      else if (found[0] === '[' && ++brackets > limit) return { line: i + 1, column: end + found.index + 1, what: 'brackets ([…])', depth: brackets };
    }
  }
  return undefined;
}

/** Left where a subtree was cut while parsing, so the check after includes reports it (a partial's root is gone by then). */
export const CUT = 'nestingCut';
interface Cut extends Node {
  type: typeof CUT;
  data: { depth: number; what: string };
}

/**
 * After parsing: every node deeper than the limit is cut off (its parent keeps no children), without
 * recursion. Returns what was cut, at the first node past the limit; with `mark`, a marker stays in each
 * cut place to be found by a later check.
 */
export function cutTooDeep(tree: Parent, mark: boolean, limit = NESTING_LIMIT): TooDeep[] {
  const found: TooDeep[] = [];
  const stack: [Node, number][] = [[tree, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    const children = (node as Partial<Parent>).children;
    if (!children) continue;
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i]!;
      if (child.type !== CUT) continue;
      const cut = child as Cut;
      found.push({ ...point(cut), what: cut.data.what, depth: cut.data.depth });
      if (!mark) children.splice(i, 1);
    }
    const over = children.find((c) => c.type !== CUT && depth + levelOf(c) > limit);
    if (over) {
      const what = describe(node.type === 'paragraph' || node.type === 'root' ? over.type : node.type);
      const deepest = depth + subtreeDepth(node);
      found.push({ ...point(over), what, depth: deepest });
      (node as Parent).children = mark ? [{ type: CUT, data: { depth: deepest, what }, position: over.position } as Cut] : [];
      continue;
    }
    for (let i = children.length - 1; i >= 0; i--) stack.push([children[i]!, depth + levelOf(children[i]!)]);
  }
  return found.sort((a, b) => a.line - b.line || a.column - b.column);
}

/** A list item is part of its list, not a level of its own. */
function levelOf(node: Node): number {
  return node.type === 'listItem' ? 0 : 1;
}

function subtreeDepth(root: Node): number {
  let max = 0;
  const stack: [Node, number][] = [[root, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    max = Math.max(max, depth);
    for (const child of (node as Partial<Parent>).children ?? []) stack.push([child, depth + levelOf(child)]);
  }
  return max;
}

function describe(type: string): string {
  if (type === 'blockquote' || type === 'list' || type === 'listItem') return 'blockquotes and lists';
  if (['emphasis', 'strong', 'delete', 'link', 'linkReference'].includes(type)) return 'emphasis and links';
  return 'Markdown elements';
}

function point(node: Node): { line: number; column: number } {
  return { line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 };
}
