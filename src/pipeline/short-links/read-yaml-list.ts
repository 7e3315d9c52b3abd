/**
 * Reads a YAML file that is a list of mappings, keeping the line of every item and key so a problem is
 * reported where the author wrote it (the `yaml` package keeps positions).
 */
import { LineCounter, isMap, isScalar, isSeq, parseDocument } from 'yaml';

export interface YamlItem {
  value: Record<string, unknown>;
  line: number;
  /** Line of each key of the item. */
  keyLines: Record<string, number>;
}

export type YamlListResult =
  | { ok: true; items: YamlItem[] }
  | { ok: false; line: number; column: number; message: string; kind: 'syntax' | 'aliases' };

/** A registry entry has no need for more; `yaml`'s own default, made explicit. */
export const MAX_ALIAS_COUNT = 100;

export function readYamlList(text: string): YamlListResult {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const error = doc.errors[0];
  if (error) {
    const pos = lineCounter.linePos(error.pos[0]);
    return { ok: false, line: pos.line, column: pos.col, message: error.message.split('\n')[0] ?? error.message, kind: 'syntax' };
  }
  if (doc.contents === null) return { ok: true, items: [] };
  if (!isSeq(doc.contents)) return { ok: false, line: 1, column: 1, message: 'the file must be a list of entries, each starting with "- "', kind: 'syntax' };
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
    // An alias bomb (&a [*b, *b, …] nested) expands to billions of values: `yaml` stops it with an error
    // past its alias limit; that error must name the entry, not end the build with a stack trace.
    let value: Record<string, unknown>;
    try {
      value = node.toJS(doc, { maxAliasCount: MAX_ALIAS_COUNT }) as Record<string, unknown>;
    } catch (thrown) {
      const message = thrown instanceof Error ? thrown.message : String(thrown);
      return { ok: false, line, column: lineCounter.linePos(node.range?.[0] ?? 0).col, message, kind: /alias/i.test(message) ? 'aliases' : 'syntax' };
    }
    items.push({ value, line, keyLines });
  }
  return { ok: true, items };
}
