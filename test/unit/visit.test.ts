/** The tree walker the render plugins use: same answers as unist-util-visit for what they rely on. */
import { describe, expect, it } from 'vitest';
import type { Node, Parent } from 'unist';
import { visit as libraryVisit } from 'unist-util-visit';
import { EXIT, SKIP, visit, type VisitResult } from '../../src/pipeline/render/visit.ts';

type N = Node & { name: string; children?: N[] };
const n = (name: string, ...children: N[]): N => ({ type: name.startsWith('x') ? 'x' : 'y', name, ...(children.length ? { children } : {}) });
const tree = () => n('y-root', n('x1', n('x1a'), n('y1b', n('x1b1'))), n('y2'), n('x3', n('x3a')));

/** Runs both walkers with the same visitor and returns the names each visited. */
function both(make: (seen: string[]) => (node: N, index: number | undefined, parent: Parent | undefined) => VisitResult) {
  const ours: string[] = [];
  const theirs: string[] = [];
  visit<N>(tree(), 'x', make(ours));
  libraryVisit(tree(), 'x', make(theirs) as never);
  return { ours, theirs };
}

describe('visit', () => {
  it('visits the nodes of a type in document order', () => {
    const { ours, theirs } = both((seen) => (node) => void seen.push(node.name));
    expect(ours).toEqual(['x1', 'x1a', 'x1b1', 'x3', 'x3a']);
    expect(ours).toEqual(theirs);
  });

  it('does not go into a node whose visitor says SKIP, and stops at EXIT', () => {
    const skip = both((seen) => (node) => (seen.push(node.name), node.name === 'x1' ? SKIP : undefined));
    expect(skip.ours).toEqual(['x1', 'x3', 'x3a']);
    expect(skip.ours).toEqual(skip.theirs);
    const exit = both((seen) => (node) => (seen.push(node.name), node.name === 'x1b1' ? EXIT : undefined));
    expect(exit.ours).toEqual(['x1', 'x1a', 'x1b1']);
    expect(exit.ours).toEqual(exit.theirs);
  });

  it('goes on at the index a visitor returns, after it replaced or inserted siblings', () => {
    const { ours, theirs } = both((seen) => (node, index, parent) => {
      seen.push(node.name);
      if (node.name === 'x1' && parent && index !== undefined) {
        // Replace x1 with two new nodes and go on after them: neither new node is visited.
        parent.children.splice(index, 1, n('x-new-a'), n('x-new-b'));
        return [SKIP, index + 2];
      }
      return undefined;
    });
    expect(ours).toEqual(['x1', 'x3', 'x3a']);
    expect(ours).toEqual(theirs);
  });
});
