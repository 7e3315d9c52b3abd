/**
 * Gives every heading an id. Headings that carried a legacy anchor keep it (it is the stable, English id);
 * the others get a GitHub-style slug of their text, Unicode-aware (`## Überblick` → `überblick`,
 * `## 概要` → `概要`), made unique on the page. Two elements claiming the same id are reported.
 *
 * Does not: add self-links or a table of contents (the page layout does that from the collected headings).
 */
import type { Root, Element } from 'hast';
import GithubSlugger from 'github-slugger';
import { toString } from 'hast-util-to-string';
import { visit } from './visit.ts';
import type { VFile } from 'vfile';
import { messages } from '../messages.ts';
import { at, collected, rendered } from './context.ts';
import { describeLine } from './sources.ts';

const HEADING = /^h[1-6]$/;

export default function rehypeHeadingIds() {
  return (tree: Root, file: VFile) => {
    const out = collected(file.data);
    const taken = new Map<string, Element>();
    // First the ids authors chose, so generated ones never steal them.
    visit(tree, 'element', (node: Element) => {
      const id = node.properties['id'];
      if (typeof id !== 'string' || id === '') return;
      const first = taken.get(id);
      if (first) {
        const firstLine = describeLine(file.data, first.position?.start.line, node.position?.start.line);
        out.diagnostics.push(rendered(messages.duplicateId({ file: '', ...at(node) }, id, firstLine)));
      } else taken.set(id, node);
    });
    const slugger = new GithubSlugger();
    visit(tree, 'element', (node: Element) => {
      if (!HEADING.test(node.tagName)) return;
      const text = toString(node).trim();
      let id = node.properties['id'];
      if (typeof id !== 'string' || id === '') {
        do id = slugger.slug(text || 'section');
        while (taken.has(id));
        node.properties['id'] = id;
        taken.set(id, node);
      }
      const depth = Number(node.tagName.slice(1));
      if (depth === 1) out.hasH1 = true;
      out.headings.push({ depth, id, text });
    });
    out.ids = [...taken.keys()];
  };
}
