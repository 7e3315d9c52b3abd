/**
 * docfx includes: `[!INCLUDE [title](includes/part.md)]` (the keyword in any case, spaces optional) is
 * replaced by the partial's text, parsed by the same parser, so everything after this step treats it as
 * the article's own:
 *
 *   [!INCLUDE [x](includes/part.md)]            a paragraph of its own (or several, one a line) → the partial's blocks
 *   Text [!include[x](includes/name.md)] more.   inside a sentence, a table cell, a heading   → the partial's sentence
 *
 * Markdown parses the include as text `[!INCLUDE `, a link, and text `]`: that is what is looked for, so an
 * include in code stays code. Which file a path means is decided by ../includes.ts (relative to the file
 * holding the include, at its place in the article's locale; the source locale's partial where the locale
 * has none). A partial's front matter is dropped. Its nodes keep their own lines (./sources.ts), so links
 * and images in it resolve from the partial and what is reported in it names the partial.
 *
 * Problems are errors at the include, in the file that holds it: a bad path, a missing partial, a cycle,
 * includes nested more than MAX_INCLUDE_DEPTH deep, more than MAX_INCLUSIONS in all, an article grown past
 * the size limit. The include then
 * renders as nothing. Text that still reads `[!INCLUDE` afterwards is a warning: it is shown as written.
 *
 * Does not: read files (the pipeline sends this article's partials with its job), or resolve links.
 */
import type { Link, Nodes, Paragraph, Parent, PhrasingContent, Root, RootContent, Text } from 'mdast';
import type { Processor } from 'unified';
import type { VFile } from 'vfile';
import { MAX_INCLUDE_DEPTH, MAX_INCLUSIONS, partialCandidates, resolveIncludePath } from '../includes.ts';
import { messages } from '../messages.ts';
import { ERROR_BYTES } from '../size-limits.ts';
import { collected, rendered, type RenderContext } from './context.ts';
import { NESTING_LIMIT, scanNesting } from './nesting-limit.ts';
import { lineInSource, moveToSource } from './sources.ts';

const OPENS = /\[!include\s*$/i;
const CLOSES = /^\s*\]/;

interface Found {
  parent: Parent;
  /** Where `[!INCLUDE` starts, for messages. */
  where: Point;
  /** Index of the text that ends with `[!INCLUDE`; the link follows, then the text starting with `]`. */
  index: number;
  grand: Parent | undefined;
  /** Index of `parent` in `grand`. */
  at: number;
}

interface State {
  context: RenderContext | undefined;
  file: VFile;
  /** Each partial parsed once per article (then copied for every place it is included). */
  parsed: Map<string, { tree: Root } | undefined>;
  size: number;
  /** Partials included so far. */
  count: number;
  /** A limit was reached: nothing more is included. */
  full: boolean;
}

type Point = { line: number; column: number };

export default function remarkIncludes(this: Processor) {
  const processor = this;

  return (tree: Root, file: VFile) => {
    if (!/\[!include/i.test(String(file.value))) return;
    const context = file.data.context;
    const state: State = { context, file, parsed: new Map(), size: String(file.value).length, count: 0, full: false };
    expand(tree, context?.path ?? 'und/article.md', [], [], state);
    reportLeftovers(tree, file);
  };

  /** Replaces every include in `tree` (written in the file at logical path `from`), in place, in document order. */
  function expand(tree: Root, from: string, chain: string[], names: string[], state: State) {
    const byParent = new Map<Parent, Found[]>();
    for (const f of findIncludes(tree)) {
      const group = byParent.get(f.parent);
      if (group) group.push(f);
      else byParent.set(f.parent, [f]);
    }
    // Paragraphs of includes are replaced by blocks once every include is loaded: each parent is rebuilt once.
    const blocksIn = new Map<Parent, Map<number, RootContent[]>>();
    for (const group of byParent.values()) {
      const { parent, grand, at } = group[0]!;
      if (parent.type === 'paragraph' && grand && isOnlyIncludes(parent as Paragraph, group)) {
        const blocks = group.flatMap((f) => load(f, from, chain, names, state)?.nodes ?? []);
        const replaced = blocksIn.get(grand) ?? new Map<number, RootContent[]>();
        replaced.set(at, blocks);
        blocksIn.set(grand, replaced);
      } else {
        replaceInline(parent, group, from, chain, names, state);
      }
    }
    for (const [grand, replaced] of blocksIn) grand.children = grand.children.flatMap((child, i) => replaced.get(i) ?? [child]) as Parent['children'];
  }

  /** Includes inside a sentence: `text [!INCLUDE `, link, `] text` → text, the partial's sentence, text. */
  function replaceInline(parent: Parent, group: Found[], from: string, chain: string[], names: string[], state: State) {
    const starts = new Map(group.map((f) => [f.index, f]));
    const children = parent.children as Nodes[];
    const out: Nodes[] = [];
    for (let i = 0; i < children.length; ) {
      const f = starts.get(i);
      if (!f) {
        const child = children[i++]!;
        if (child.type !== 'text' || child.value !== '') out.push(child);
        continue;
      }
      const loaded = load(f, from, chain, names, state);
      const before = children[i] as Text;
      const after = children[i + 2] as Text;
      before.value = before.value.replace(OPENS, '');
      if (before.value !== '') out.push(before);
      if (loaded) for (const node of inlineOf(loaded.nodes, loaded.path, f.where, state.file)) out.push(node);
      after.value = after.value.replace(CLOSES, '');
      // The text after may begin the next include (`…)][!INCLUDE […`): it is looked at again.
      i += 2;
    }
    parent.children = out as Parent['children'];
  }

  /** The partial's blocks, its own includes replaced; undefined (and an error reported) when it cannot be included. */
  function load(found: Found, from: string, chain: string[], names: string[], state: State): { nodes: RootContent[]; path: string } | undefined {
    const link = found.parent.children[found.index + 1] as Link;
    const where = found.where;
    const report = (diagnostic: ReturnType<typeof messages.includeMissing>) => collected(state.file.data).diagnostics.push(rendered(diagnostic));
    const at = { file: '', ...where };
    const resolved = resolveIncludePath(link.url, from);
    if (!resolved.ok) return void report(messages.includeBadPath(at, link.url, resolved.reason, resolved.fix));
    const key = resolved.logical.toLowerCase();
    const loop = chain.indexOf(key);
    if (loop !== -1) return void report(messages.includeCycle(at, [...names.slice(loop), resolved.logical]));
    if (chain.length >= MAX_INCLUDE_DEPTH) return void report(messages.includeTooDeep(at, [...names, resolved.logical], MAX_INCLUDE_DEPTH));
    const partial = state.context?.partials?.get(key);
    if (!partial) {
      const tried = partialCandidates(resolved.logical, state.context?.sourceLocale ?? 'en-us');
      return void report(messages.includeMissing(at, link.url, tried, state.context?.nearPartials?.get(key)));
    }
    if (partial.notUtf8) return void report(messages.includeNotUtf8(at, partial.path));
    if (state.full) return undefined;
    if (++state.count > MAX_INCLUSIONS) {
      state.full = true;
      return void report(messages.includeTooMany(at, MAX_INCLUSIONS));
    }
    if (state.size + partial.text.length > ERROR_BYTES) {
      state.full = true;
      return void report(messages.includeTooLarge(at, state.size + partial.text.length, ERROR_BYTES));
    }
    state.size += partial.text.length;
    if (!state.parsed.has(key)) state.parsed.set(key, parse(partial.text, resolved.logical, partial.path, state));
    const parsed = state.parsed.get(key);
    if (!parsed) return undefined;
    const copy = structuredClone(parsed.tree);
    expand(copy, resolved.logical, [...chain, key], [...names, resolved.logical], state);
    return { nodes: copy.children, path: partial.path };
  }

  function parse(text: string, logical: string, path: string, state: State): { tree: Root } | undefined {
    const sources = (state.file.data.sources ??= []);
    sources.push({ logical, path });
    const index = sources.length;
    const deep = scanNesting(text);
    if (deep) {
      const at = { file: '', line: lineInSource(index, deep.line), column: deep.column };
      collected(state.file.data).diagnostics.push(rendered(messages.nestingTooDeep(at, deep.what, deep.depth, NESTING_LIMIT)));
      return undefined;
    }
    const tree = processor.parse(text) as Root;
    moveToSource(tree, index);
    // A partial's front matter is for its authors, not its readers.
    tree.children = tree.children.filter((node) => node.type !== 'yaml');
    return { tree };
  }
}

/** Every `[!INCLUDE` text + link + `]` text, in document order, with where its parent sits. */
function findIncludes(tree: Root): Found[] {
  const found: Found[] = [];
  const stack: [Nodes, Parent | undefined, number][] = [[tree, undefined, 0]];
  while (stack.length > 0) {
    const [node, grand, at] = stack.pop()!;
    if (!('children' in node)) continue;
    const children = node.children as Nodes[];
    for (let i = 0; i + 2 < children.length; i++) {
      const [before, link, after] = [children[i]!, children[i + 1]!, children[i + 2]!];
      if (before.type === 'text' && link.type === 'link' && after.type === 'text' && OPENS.test(before.value) && CLOSES.test(after.value)) {
        found.push({ parent: node as Parent, where: startOf(before), index: i, grand, at });
      }
    }
    for (let i = children.length - 1; i >= 0; i--) stack.push([children[i]!, node as Parent, i]);
  }
  return found;
}

/** A paragraph of nothing but includes (one a line, or side by side) is replaced by their blocks. */
function isOnlyIncludes(paragraph: Paragraph, group: Found[]): boolean {
  const links = new Set(group.map((f) => f.index + 1));
  return paragraph.children.every((child, i) => {
    if (links.has(i) || child.type === 'break') return true;
    if (child.type !== 'text') return false;
    let value = child.value;
    if (links.has(i + 1)) value = value.replace(OPENS, '');
    if (links.has(i - 1)) value = value.replace(CLOSES, '');
    return value.trim() === '';
  });
}

/**
 * A partial included inside a sentence: its one paragraph's content; when it has more (a list, a table, a
 * heading), the text of every block run together, with a warning, rather than blocks inside a paragraph
 * (which browsers break apart) or text dropped.
 */
function inlineOf(nodes: RootContent[], partial: string, where: Point, file: VFile): PhrasingContent[] {
  const definitions = nodes.filter((n) => n.type === 'definition');
  const content = nodes.filter((n) => n.type !== 'definition');
  if (content.length === 1 && content[0]!.type === 'paragraph') return [...content[0]!.children, ...(definitions as unknown as PhrasingContent[])];
  if (content.length > 0) collected(file.data).diagnostics.push(rendered(messages.includeBlocksInline({ file: '', ...where }, partial)));
  const out: PhrasingContent[] = [];
  for (const block of content) {
    if (out.length > 0) out.push({ type: 'text', value: ' ' });
    out.push(...phrasing(block));
  }
  return [...out, ...(definitions as unknown as PhrasingContent[])];
}

function phrasing(node: RootContent): PhrasingContent[] {
  if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') return node.children;
  if (node.type === 'code') return [{ type: 'inlineCode', value: node.value }];
  if (node.type === 'html') return [node];
  if (!('children' in node)) return [];
  const out: PhrasingContent[] = [];
  for (const child of node.children as RootContent[]) {
    if (out.length > 0) out.push({ type: 'text', value: ' ' });
    out.push(...phrasing(child));
  }
  return out;
}

/** Where `[!INCLUDE` starts: the end of the text node before the link, less the keyword. */
function startOf(before: Text): Point {
  const start = before.position?.start ?? { line: 1, column: 1 };
  const offset = OPENS.exec(before.value)?.index ?? 0;
  const lines = before.value.slice(0, offset).split('\n');
  return { line: start.line + lines.length - 1, column: lines.length === 1 ? start.column + offset : lines.at(-1)!.length + 1 };
}

/** Leftovers reported per file: the first ones show what to fix; thousands would bury everything else. */
const MAX_LEFTOVERS = 20;

/** `[!INCLUDE` left in the text: an include Markdown did not read as one (a space in the path, a missing bracket). */
function reportLeftovers(tree: Root, file: VFile) {
  const stack: Nodes[] = [tree];
  let reported = 0;
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'text') {
      for (const match of node.value.matchAll(/\[!include/gi)) {
        if (++reported > MAX_LEFTOVERS) return;
        const shown = node.value.slice(match.index).split('\n')[0]!.slice(0, 80);
        const where = startOf({ type: 'text', value: node.value.slice(0, match.index) + '[!include', ...(node.position ? { position: node.position } : {}) });
        collected(file.data).diagnostics.push(rendered(messages.includeMalformed({ file: '', ...where }, shown)));
      }
    }
    if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as Nodes);
  }
}
