/**
 * Reads a YAML file that is a list of mappings, keeping the line of every item and key so a problem is
 * reported where the author wrote it. (gray-matter's YAML reader has no positions; `yaml` does.)
 */
import { LineCounter, isMap, isScalar, isSeq, parseDocument } from 'yaml';

export interface YamlItem {
  value: Record<string, unknown>;
  line: number;
  /** Line of each key of the item. */
  keyLines: Record<string, number>;
}

export type YamlListResult = { ok: true; items: YamlItem[] } | { ok: false; line: number; column: number; message: string };

export function readYamlList(text: string): YamlListResult {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const error = doc.errors[0];
  if (error) {
    const pos = lineCounter.linePos(error.pos[0]);
    return { ok: false, line: pos.line, column: pos.col, message: error.message.split('\n')[0] ?? error.message };
  }
  if (doc.contents === null) return { ok: true, items: [] };
  if (!isSeq(doc.contents)) return { ok: false, line: 1, column: 1, message: 'the file must be a list of entries, each starting with "- "' };
  const items: YamlItem[] = [];
  for (const node of doc.contents.items) {
    const line = lineCounter.linePos(node.range?.[0] ?? 0).line;
    if (!isMap(node)) {
      items.push({ value: {}, line, keyLines: {} });
      continue;
    }
    const keyLines: Record<string, number> = {};
    for (const pair of node.items) {
      if (isScalar(pair.key) && pair.key.range) keyLines[String(pair.key.value)] = lineCounter.linePos(pair.key.range[0]).line;
    }
    items.push({ value: node.toJS(doc) as Record<string, unknown>, line, keyLines });
  }
  return { ok: true, items };
}
