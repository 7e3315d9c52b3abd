/**
 * "On this page": an article with two or more sections gets a list of its h2 headings right after its h1
 * (or at the top when it has none), labelled in the page's language. Kept out of the search index, which
 * should hold the article's own words only.
 *
 * Does not: collect the headings (rehype-heading-ids does; this runs after it).
 */
import type { Element, ElementContent, Root } from 'hast';
import type { VFile } from 'vfile';
import { collected, label } from './context.ts';

export default function rehypeToc() {
  return (tree: Root, file: VFile) => {
    const { headings, ids } = collected(file.data);
    const sections = headings.filter((h) => h.depth === 2);
    if (sections.length < 2) return;
    let titleId = 'on-this-page';
    while (ids.includes(titleId)) titleId = `${titleId}-`;
    const nav: Element = {
      type: 'element',
      tagName: 'nav',
      properties: { className: ['toc'], ariaLabelledBy: [titleId], dataPagefindIgnore: '' },
      children: [
        { type: 'element', tagName: 'h2', properties: { id: titleId }, children: [{ type: 'text', value: label(file.data, 'onThisPage') }] },
        {
          type: 'element',
          tagName: 'ul',
          properties: {},
          children: sections.map((h): ElementContent => ({
            type: 'element',
            tagName: 'li',
            properties: {},
            children: [{ type: 'element', tagName: 'a', properties: { href: `#${h.id}` }, children: [{ type: 'text', value: h.text }] }],
          })),
        },
      ],
    };
    const h1 = tree.children.findIndex((node) => node.type === 'element' && node.tagName === 'h1');
    tree.children.splice(h1 + 1, 0, { type: 'text', value: '\n' }, nav);
  };
}
