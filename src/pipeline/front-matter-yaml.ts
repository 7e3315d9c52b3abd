/**
 * Front matter YAML of any shape, read by the `yaml` package as YAML 1.2 (core schema): an unquoted
 * `2020-04-21` is text, not a timestamp that `Date` would roll over (`2020-02-30` → 1 March), so dates are
 * judged by the schema alone; explicit YAML 1.1 tags (`!!timestamp`, `!!binary`) are not resolved either.
 *
 * Content is untrusted, so what could make a small file cost a lot is refused at its line: aliases of lists
 * (the "billion laughs"), more than a few aliases, deep nesting. `yaml`'s errors are said in the author's
 * terms, at the line where the problem starts (an unclosed quote where it opens, not at the end).
 */
import { isAlias, isCollection, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type { Diagnostic } from './diagnostics.ts';
import type { SimpleYaml } from './front-matter-simple.ts';
import { messages } from './messages.ts';

/**
 * Deeper than any real front matter (values are text or lists of text: 2 levels) and far below the depth
 * at which a recursive reader runs out of stack (`yaml` composes about 800 levels).
 */
export const MAX_DEPTH = 32;

/**
 * Front matter has no need for aliases (none in 18,000 real articles). A few aliases of single values are
 * harmless; aliases of lists nest into exponential sizes, and many aliases of one long value multiply it.
 */
export const MAX_ALIASES = 10;

/**
 * The keys, values and key lines of any YAML, or the diagnostic for what is wrong with it. `firstLine` is the
 * line of the author's file where the YAML starts.
 */
export function readYamlDocument(yaml: string, file: string, firstLine: number): SimpleYaml | Diagnostic {
  const lines = new LineCounter();
  const doc = parseDocument(yaml, { lineCounter: lines, prettyErrors: false, uniqueKeys: true, stringKeys: true, resolveKnownTags: false, version: '1.2', schema: 'core' });
  const at: At = (offset) => {
    const pos = lines.linePos(offset);
    return { file, line: pos.line + firstLine - 1, column: pos.col };
  };
  const error = doc.errors[0];
  if (error) return yamlError(error.code, error.message.split('\n')[0] ?? '', error.pos[0], doc.contents, at);

  const root = doc.contents;
  if (root !== null && !isMap(root)) return messages.frontMatterNotMapping(at(root.range?.[0] ?? 0), isSeq(root) ? 'a list' : 'text');
  const limit = checkLimits(root, at);
  if (limit) return limit;

  const keyLines = new Map<string, number>();
  for (const pair of root?.items ?? []) if (isScalar(pair.key)) keyLines.set(String(pair.key.value), at(pair.key.range?.[0] ?? 0).line);
  // A second lock that the checks above leave nothing to refuse: `yaml` counts per anchor, the anchored
  // value itself included (hence + 1), where checkLimits counts every alias of the document.
  const data = root === null ? {} : (doc.toJS({ maxAliasCount: MAX_ALIASES + 1 }) as Record<string, unknown>);
  return { data, keyLines };
}

type At = (offset: number) => { file: string; line: number; column: number };

/** A `yaml` error as the author needs it: where the problem starts, in words, with the fix. */
function yamlError(code: string, reason: string, offset: number, root: Node | null, at: At): Diagnostic {
  const where = at(offset);
  // `yaml` ran out of stack somewhere inside the value: point at the value itself.
  if (code === 'RESOURCE_EXHAUSTION') return messages.tooDeep(at(topLevelValueStart(root, offset) ?? offset), MAX_DEPTH);
  if (code === 'TAB_AS_INDENT') return messages.tabIndent(where);
  if (/^Missing closing|^Flow (?:sequence|map) in block collection/.test(reason)) {
    const opener = unclosed(root, offset);
    if (opener) return messages.notClosed(at(opener.start), opener.char);
  }
  if (code === 'DUPLICATE_KEY' && isMap(root)) {
    // `yaml` points at the second key; the author also needs to know where the first one is.
    const first = new Map<unknown, number>();
    for (const pair of root.items) {
      if (!isScalar(pair.key)) continue;
      const line = at(pair.key.range?.[0] ?? 0).line;
      const seen = first.get(pair.key.value);
      if (seen !== undefined && line === where.line) return messages.duplicateKey(where, String(pair.key.value), seen);
      if (seen === undefined) first.set(pair.key.value, line);
    }
  }
  return messages.yamlSyntax(where, reason);
}

function topLevelValueStart(root: Node | null, offset: number): number | undefined {
  if (!isMap(root)) return undefined;
  let start: number | undefined;
  for (const pair of root.items) {
    const value = (pair.value as Node | null)?.range?.[0];
    if (value !== undefined && value <= offset) start = value;
  }
  return start;
}

/**
 * `yaml` reports a quote or bracket that is never closed where the YAML ends; the author needs where it
 * opens: the outermost quoted value, flow list or flow mapping that runs up to that point.
 */
function unclosed(root: Node | null, offset: number): { start: number; char: string } | undefined {
  let found: { start: number; char: string } | undefined;
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (isPair(node)) stack.push(node.key, node.value);
    if (!isScalar(node) && !isCollection(node)) continue;
    if (isCollection(node)) stack.push(...node.items);
    const char = isScalar(node) ? QUOTES[node.type ?? ''] : node.flow ? (isSeq(node) ? '[' : '{') : undefined;
    const [start, , end] = node.range ?? [];
    if (char && start !== undefined && end !== undefined && start < offset && end >= offset && (!found || start < found.start)) found = { start, char };
  }
  return found;
}

const QUOTES: Record<string, string> = { QUOTE_DOUBLE: '"', QUOTE_SINGLE: "'" };

/**
 * Nesting depth and aliases, in one walk in document order (an alias refers to the last anchor of its name
 * before it). Iterative, so a deep value cannot exhaust the stack here either.
 */
function checkLimits(root: Node | null, at: At): Diagnostic | undefined {
  const anchors = new Map<string, Node>();
  let aliases = 0;
  const stack: [node: unknown, depth: number][] = [[root, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (isPair(node)) {
      stack.push([node.value, depth], [node.key, depth]);
      continue;
    }
    if (isAlias(node)) {
      const where = at(node.range?.[0] ?? 0);
      if (++aliases > MAX_ALIASES) return messages.tooManyAliases(where, MAX_ALIASES);
      const target = anchors.get(node.source);
      if (target === undefined) return messages.aliasWithoutAnchor(where, node.source);
      if (!isScalar(target)) return messages.aliasOfCollection(where, node.source);
      continue;
    }
    if (!isScalar(node) && !isCollection(node)) continue;
    if (node.anchor) anchors.set(node.anchor, node);
    if (isCollection(node)) {
      if (depth > MAX_DEPTH) return messages.tooDeep(at(topLevelValueStart(root, node.range?.[0] ?? 0) ?? 0), MAX_DEPTH);
      for (let i = node.items.length - 1; i >= 0; i--) stack.push([node.items[i], depth + 1]);
    }
  }
  return undefined;
}
