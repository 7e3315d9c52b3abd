/**
 * Visits the nodes of one type in a unist tree, in document order: the part of `unist-util-visit` our
 * plugins use, with the same meaning for what a visitor returns (`SKIP` the node's children, `EXIT`, or
 * an index to go on at). Ours because the library names a new function for every node it visits (for
 * readable stack traces), which was a fifth of the time to render the corpus; this walker costs nothing
 * per node beyond the visit.
 */
import type { Node, Parent } from 'unist';

export const SKIP = 'skip';
export const EXIT = false;
type Action = typeof SKIP | typeof EXIT | true | void;
export type VisitResult = Action | number | [Action, number?];

/** `P` is the parent type the visitor expects (hast's or mdast's): the walker only reads `children`. */
export function visit<T extends Node, P extends Parent = Parent>(tree: Node, type: string, visitor: (node: T, index: number | undefined, parent: P | undefined) => VisitResult): void {
  walk(tree, undefined, undefined);

  function walk(node: Node, index: number | undefined, parent: Parent | undefined): [Action, number?] {
    const result = node.type === type ? normalize(visitor(node as T, index, parent as P | undefined)) : ([undefined] as [Action]);
    if (result[0] === EXIT) return result;
    const children = (node as Partial<Parent>).children;
    if (children && result[0] !== SKIP) {
      let i = 0;
      // The length is read on every step: visitors may add or remove siblings.
      while (i >= 0 && i < children.length) {
        const sub = walk(children[i]!, i, node as Parent);
        if (sub[0] === EXIT) return sub;
        i = typeof sub[1] === 'number' ? sub[1] : i + 1;
      }
    }
    return result;
  }
}

function normalize(value: VisitResult): [Action, number?] {
  if (Array.isArray(value)) return value;
  if (typeof value === 'number') return [true, value];
  return [value];
}
