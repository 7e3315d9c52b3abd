/**
 * Reads a V8 heap snapshot (`.heapsnapshot`, what `--heapsnapshot-signal` or `v8.writeHeapSnapshot()`
 * write) as a stream, keeping per node only its type, name, self size and first holder, so a snapshot of a
 * 4 GB heap (a 6 GB file) is summarized in well under 1 GB. DevTools and memlab load the whole file.
 *
 * What it gives per node: who holds it first, in snapshot order: `ArticleFile.read` for an object held
 * by an ArticleFile's `read` property; an array's elements are held by whoever holds the array
 * (`RenderedMarkdown.links[]`). That is the first retainer, not the dominator: good enough to say where
 * memory goes, not to prove why it stays.
 */
import { createReadStream } from 'node:fs';

export interface SnapshotNodes {
  count: number;
  types: string[];
  type: Uint8Array;
  name: Uint32Array;
  selfSize: Float64Array;
  /** Index into `labels`, or -1 for a node nothing holds (roots). */
  holder: Int32Array;
  /** `Parent.edge` descriptions, indexes of `holder`. */
  labels: string[];
  strings: Map<number, string>;
}

interface Header {
  meta: { node_fields: string[]; node_types: [string[], ...unknown[]]; edge_fields: string[]; edge_types: [string[], ...unknown[]] };
  node_count: number;
  edge_count: number;
}

/** Node types whose `name` is a class or system name worth showing (a string's name is its text). */
const NAMED = new Set(['object', 'closure', 'array', 'hidden', 'native', 'synthetic', 'code', 'regexp', 'object shape']);

/** Objects that only hold others: what they hold is credited to their holder. */
const CONTAINERS = new Set(['Array', 'Map', 'Set', 'system / PropertyArray']);

export async function readSnapshot(file: string): Promise<SnapshotNodes> {
  let header: Header | undefined;
  let headText = '';
  let nodes!: SnapshotNodes;
  let nodeFields = 7;
  let fieldAt = { type: 0, name: 1, selfSize: 3, edgeCount: 4 };
  let edgeFields = 3;
  let edgeAt = { type: 0, name: 1, to: 2 };
  let edgeTypes: string[] = [];
  let edgeCount!: Uint32Array;
  const neededStrings = new Set<number>();
  // Label keys (`n<name>|<edge>` or `l<label>|<edge>`) → label index; resolved to text once strings are read.
  const labelIds = new Map<string, number>();
  const labelKeys: string[] = [];

  // Streaming state.
  type Mode = 'head' | 'between' | 'numbers' | 'strings';
  let mode = 'head' as Mode;
  let section = '';
  let depth = 0;
  let between = '';
  let number = 0;
  let inNumber = false;
  let field = 0;
  let row: number[] = [];
  let index = 0; // node index (nodes), or parent node of the current edge (edges), or string index
  let edgesLeft = 0;
  let stringBytes: number[] | undefined;
  let wanted = false;
  let escaped = false;

  const label = (key: string) => {
    let id = labelIds.get(key);
    if (id === undefined) {
      id = labelKeys.length;
      labelIds.set(key, id);
      labelKeys.push(key);
    }
    return id;
  };

  const onNodeRow = () => {
    const i = index++;
    nodes.type[i] = row[fieldAt.type]!;
    nodes.name[i] = row[fieldAt.name]!;
    nodes.selfSize[i] = row[fieldAt.selfSize]!;
    edgeCount[i] = row[fieldAt.edgeCount]!;
    if (NAMED.has(nodes.types[row[fieldAt.type]!]!)) neededStrings.add(row[fieldAt.name]!);
  };
  const onEdgeRow = () => {
    // Edges come grouped by their node, in node order: nodes without edges are skipped.
    while (edgesLeft === 0 && index < nodes.count) edgesLeft = edgeCount[index++]!;
    edgesLeft--;
    const parent = index - 1;
    const kind = edgeTypes[row[edgeAt.type]!];
    const to = row[edgeAt.to]! / nodeFields;
    if (kind === 'weak' || kind === 'shortcut' || nodes.holder[to] !== -1) return;
    const named = kind === 'property' || kind === 'context' || kind === 'internal';
    if (named) neededStrings.add(row[edgeAt.name]!);
    // A container's contents are credited to whoever holds the container (`Object.hrefs[]`), an object's
    // properties to its class (`Object.href`). Names are read last, so whether an object is a container
    // (an Array, a Map) is decided then: the key keeps both the parent's holder and its name.
    const parentType = nodes.types[nodes.type[parent]!]!;
    const holder = nodes.holder[parent]!;
    const edge = named ? `.${row[edgeAt.name]}` : '[]';
    let key: string;
    if ((parentType === 'array' || parentType === 'hidden') && holder !== -1) key = `a${holder}`;
    else if (NAMED.has(parentType)) key = `o${holder}:${nodes.name[parent]}|${edge}`;
    else key = `t${parentType}|${edge}`;
    nodes.holder[to] = label(key);
  };
  const endNumber = () => {
    if (!inNumber) return;
    inNumber = false;
    if (section === 'nodes') {
      row[field++] = number;
      if (field === nodeFields) {
        onNodeRow();
        field = 0;
      }
    } else if (section === 'edges') {
      row[field++] = number;
      if (field === edgeFields) {
        onEdgeRow();
        field = 0;
      }
    }
    number = 0;
  };

  const startSection = (name: string) => {
    section = name;
    field = 0;
    row = [];
    index = 0;
    edgesLeft = 0;
    depth = 1;
    mode = name === 'strings' ? 'strings' : 'numbers';
  };

  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    let at = 0;
    if (mode === 'head') {
      headText += chunk.toString('latin1');
      const start = headText.indexOf('"nodes":[');
      if (start === -1) continue;
      header = JSON.parse(`${headText.slice(headText.indexOf('{"snapshot":') + 12, headText.lastIndexOf('}', start) + 1)}`) as Header;
      const f = header.meta.node_fields;
      nodeFields = f.length;
      fieldAt = { type: f.indexOf('type'), name: f.indexOf('name'), selfSize: f.indexOf('self_size'), edgeCount: f.indexOf('edge_count') };
      const e = header.meta.edge_fields;
      edgeFields = e.length;
      edgeAt = { type: e.indexOf('type'), name: e.indexOf('name_or_index'), to: e.indexOf('to_node') };
      edgeTypes = header.meta.edge_types[0];
      const count = header.node_count;
      nodes = { count, types: header.meta.node_types[0], type: new Uint8Array(count), name: new Uint32Array(count), selfSize: new Float64Array(count), holder: new Int32Array(count).fill(-1), labels: [], strings: new Map() };
      edgeCount = new Uint32Array(count);
      startSection('nodes');
      // Continue in this chunk, right after `"nodes":[` (latin1 keeps byte offsets).
      at = chunk.length - (headText.length - (start + '"nodes":['.length));
      headText = '';
    }
    for (let i = at; i < chunk.length; i++) {
      const c = chunk[i]!;
      // Read through a cast: startSection() changes the mode, which the compiler cannot see.
      if ((mode as Mode) === 'numbers') {
        if (c >= 48 && c <= 57) {
          number = number * 10 + (c - 48);
          inNumber = true;
        } else {
          endNumber();
          if (c === 91) depth++;
          else if (c === 93 && --depth === 0) {
            mode = 'between';
            between = '';
          }
        }
      } else if ((mode as Mode) === 'strings') {
        if (stringBytes) {
          if (escaped) escaped = false;
          else if (c === 92) escaped = true;
          else if (c === 34) {
            if (wanted) nodes.strings.set(index, JSON.parse(`"${Buffer.from(stringBytes).toString('utf8')}"`) as string);
            index++;
            stringBytes = undefined;
            continue;
          }
          // Only names are kept: the text of every string in the heap is most of the file.
          if (wanted) stringBytes.push(c);
        } else if (c === 34) {
          stringBytes = [];
          wanted = neededStrings.has(index);
        }
        else if (c === 93) mode = 'between';
      } else if (mode === 'between') {
        if (c === 91) {
          const name = /"(\w+)":\s*$/.exec(between)?.[1] ?? '';
          startSection(name);
        } else between += String.fromCharCode(c);
      }
    }
  }
  if (!header) throw new Error(`${file}: not a V8 heap snapshot (no "nodes" array)`);
  const text = (i: number) => nodes.strings.get(i) ?? `#${i}`;
  const edgeText = (edge: string) => (edge === '[]' ? '[]' : `.${text(Number(edge.slice(1)))}`);
  const resolve = (key: string): string => {
    if (key.startsWith('a')) return `${resolveLabel(Number(key.slice(1)))}[]`;
    const [via = '', edge = ''] = key.split('|');
    if (key.startsWith('t')) return `(${via.slice(1)})${edgeText(edge)}`;
    const [holder = -1, name = 0] = via.slice(1).split(':').map(Number);
    if (holder !== -1 && CONTAINERS.has(text(name))) return `${resolveLabel(holder)}[]`;
    return `${text(name)}${edgeText(edge)}`;
  };
  const resolved: (string | undefined)[] = [];
  const resolveLabel = (id: number): string => (resolved[id] ??= resolve(labelKeys[id]!));
  nodes.labels = labelKeys.map((_, id) => resolveLabel(id));
  return nodes;
}
