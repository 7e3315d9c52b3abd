/**
 * Gives h2–h4 a link to themselves, the way readers share a section: `<a class="heading-link" href="#id">`
 * after the heading text, visible on hover and focus (CSS), named for screen readers ("Link to this section:
 * Update a credit card", in the page's language). Runs after `rehype-heading-ids` and after the collectors,
 * so the "#" never ends up in heading text, excerpts or link lists (nor, with data-pagefind-ignore, in search).
 */
import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from './visit.ts';
import type { VFile } from 'vfile';
import { label } from './context.ts';

const LINKED = new Set(['h2', 'h3', 'h4']);

export default function rehypeHeadingLinks() {
  return (tree: Root, file: VFile) => {
    const name = label(file.data, 'linkToSection');
    visit(tree, 'element', (node: Element) => {
      const id = node.properties['id'];
      if (!LINKED.has(node.tagName) || typeof id !== 'string') return;
      node.children.push({
        type: 'element',
        tagName: 'a',
        properties: { className: ['heading-link'], href: `#${id}`, ariaLabel: `${name}: ${toString(node).trim()}`, dataPagefindIgnore: '' },
        children: [{ type: 'element', tagName: 'span', properties: { ariaHidden: 'true' }, children: [{ type: 'text', value: '#' }] }],
      });
    });
  };
}
