/**
 * Where a heap's memory is, from read-snapshot.ts: self size by kind of node (a class, strings, arrays,
 * compiled code) and by first holder (`RenderedMarkdown.html`, `Article.links[]`), largest first.
 */
import type { SnapshotNodes } from './read-snapshot.ts';

export interface HeapRow {
  what: string;
  count: number;
  mib: number;
}

export interface HeapSummary {
  totalMiB: number;
  nodes: number;
  byKind: HeapRow[];
  byHolder: HeapRow[];
}

const STRINGS = new Set(['string', 'concatenated string', 'sliced string']);

export function summarize(nodes: SnapshotNodes, top = 25): HeapSummary {
  const byKind = new Map<string, { count: number; bytes: number }>();
  const byHolder = new Map<string, { count: number; bytes: number }>();
  const add = (map: Map<string, { count: number; bytes: number }>, key: string, bytes: number) => {
    const row = map.get(key) ?? { count: 0, bytes: 0 };
    row.count++;
    row.bytes += bytes;
    map.set(key, row);
  };
  let total = 0;
  for (let i = 0; i < nodes.count; i++) {
    const size = nodes.selfSize[i]!;
    if (size === 0) continue;
    total += size;
    const type = nodes.types[nodes.type[i]!]!;
    // A string's name is its text: strings are counted together, by type.
    const kind = STRINGS.has(type) || type === 'number' || type === 'bigint' || type === 'symbol' ? `(${type})` : `${nodes.strings.get(nodes.name[i]!) ?? '?'} (${type})`;
    add(byKind, kind, size);
    const holder = nodes.holder[i]!;
    add(byHolder, `${holder === -1 ? '(root)' : nodes.labels[holder]!} (${STRINGS.has(type) ? 'string' : type})`, size);
  }
  const rows = (map: Map<string, { count: number; bytes: number }>) =>
    [...map]
      .sort((a, b) => b[1].bytes - a[1].bytes)
      .slice(0, top)
      .map(([what, r]) => ({ what, count: r.count, mib: Math.round((r.bytes / 2 ** 20) * 10) / 10 }));
  return { totalMiB: Math.round(total / 2 ** 20), nodes: nodes.count, byKind: rows(byKind), byHolder: rows(byHolder) };
}

export function summaryMarkdown(summary: HeapSummary): string {
  const table = (title: string, rows: HeapRow[]) => [`| ${title} | count | MiB |`, '| --- | ---: | ---: |', ...rows.map((r) => `| ${r.what.replace(/\|/g, '\\|')} | ${r.count} | ${r.mib} |`)].join('\n');
  return `Heap: ${summary.totalMiB} MiB in ${summary.nodes} nodes (self sizes).\n\n${table('kind', summary.byKind)}\n\n${table('first holder', summary.byHolder)}\n`;
}
