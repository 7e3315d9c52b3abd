/**
 * Where included text came from. A partial's nodes keep their own lines and columns, moved into a block of
 * line numbers of their own: the k-th partial an article includes starts at line k × LINE_SPAN. Positions
 * survive every later step (mdast to hast, the HTML re-parse, the sanitizer), so any plugin can tell from
 * a node's line which file it was written in, and what it reports is moved back at the end:
 *
 *   line 3 of the article                              → article.md:3
 *   line 20,000,007 (the 2nd partial included, line 7) → nl-nl/includes/b.md:7
 *
 * Diagnostics and links from a partial then name the partial's own file and line, where the author fixes
 * them once for every article that includes it.
 */
import type { Node } from 'unist';
import type { Collected } from './context.ts';

/** More lines than any partial may have (partials are under 5 MB). */
const LINE_SPAN = 10_000_000;
/** More characters than any partial may have. */
const OFFSET_SPAN = 100_000_000;

export interface IncludedSource {
  /** Where the include points, in the article's locale: links and images in the partial resolve from here. */
  logical: string;
  /** The file the text comes from (the source locale's, when the article's locale has no such partial). */
  path: string;
}

declare module 'vfile' {
  interface DataMap {
    sources: IncludedSource[];
  }
}

/** Moves a freshly parsed partial's positions into the block of the `index`-th source (1-based). */
export function moveToSource(tree: Node, index: number): void {
  const shift = (point: { line: number; offset?: number | undefined }) => {
    point.line += index * LINE_SPAN;
    if (point.offset !== undefined) point.offset += index * OFFSET_SPAN;
  };
  const stack = [tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.position) {
      shift(node.position.start);
      shift(node.position.end);
    }
    for (const child of (node as { children?: Node[] }).children ?? []) stack.push(child);
  }
}

/** The partial a line belongs to, or undefined for the article's own lines. */
export function sourceOfLine(data: { sources?: IncludedSource[] }, line: number | undefined): IncludedSource | undefined {
  if (line === undefined || line < LINE_SPAN) return undefined;
  return data.sources?.[Math.floor(line / LINE_SPAN) - 1];
}

export function sourceOf(data: { sources?: IncludedSource[] }, node: Node): IncludedSource | undefined {
  return sourceOfLine(data, node.position?.start.line);
}

/**
 * A line as the author of the file at line `here` reads it: `7` in that same file, `7 of nl-nl/a.md` or
 * `7 of nl-nl/includes/b.md` in another.
 */
export function describeLine(data: { sources?: IncludedSource[]; context?: { path: string } }, line: number | undefined, here: number | undefined): string {
  if (line === undefined) return '?';
  const source = sourceOfLine(data, line);
  if (source === sourceOfLine(data, here)) return String(line % LINE_SPAN);
  return `${line % LINE_SPAN} of ${source ? source.path : (data.context?.path ?? 'the article')}`;
}

/** Moves what a render collected back to the files it was written in (diagnostics and links get `source`), once, at the end. */
export function mapToSources(data: { sources?: IncludedSource[] }, out: Collected): void {
  if (!data.sources?.length) return;
  const seen = new Set<string>();
  out.diagnostics = out.diagnostics.filter((d) => {
    const source = sourceOfLine(data, d.line);
    if (source) {
      d.source = source.path;
      d.line = d.line! % LINE_SPAN;
    }
    // A partial included twice reports its problems once.
    const key = JSON.stringify(d);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  for (const link of out.links) {
    const source = sourceOfLine(data, link.line);
    if (!source) continue;
    link.source = source.path;
    link.line = link.line! % LINE_SPAN;
    if (link.endOffset !== undefined) link.endOffset %= OFFSET_SPAN;
  }
}

/** A line of the `index`-th source (1-based) in the article's numbering, for reporting before anything is parsed. */
export function lineInSource(index: number, line: number): number {
  return index * LINE_SPAN + line;
}
