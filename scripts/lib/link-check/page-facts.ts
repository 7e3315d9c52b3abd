/**
 * What a built page offers and asks for: its fragment targets and its links, read from the HTML by the
 * HTML standard's parser (parse5), the way a browser finds them. Regular expressions counted `name=` on a
 * `<meta>` and `id="…"` in code text as anchors.
 *
 * A browser scrolls to the element whose `id` is the fragment, or else to an HTML `<a>` whose `name` is.
 * Elements inside a `<template>` or a `<noscript>` (parsed as text where scripts run) are not in the
 * document and do not count. Links are the `href` of `<a>` and `<area>`, entities decoded. `<base href>`
 * is not applied (the site writes none).
 *
 * parse5 straight, not hast-util-from-html (the same parser): the hast conversion cost another 60% per page.
 */
import { readFileSync } from 'node:fs';
import { parse, type DefaultTreeAdapterTypes } from 'parse5';

type Node = DefaultTreeAdapterTypes.ChildNode;

const HTML = 'http://www.w3.org/1999/xhtml';

export interface PageFacts {
  /** Fragments that lead somewhere on this page. */
  ids: string[];
  /** Every link's `href`, as the browser reads it (entities decoded), in document order. */
  hrefs: string[];
}

export function pageFacts(html: string): PageFacts {
  const facts: PageFacts = { ids: [], hrefs: [] };
  walk(parse(html).childNodes, facts);
  return facts;
}

/** Child nodes only: a `<template>`'s content is a separate fragment (`content`), as in the DOM. */
function walk(nodes: readonly Node[], facts: PageFacts) {
  for (const node of nodes) {
    if (!('tagName' in node)) continue;
    const link = node.tagName === 'a' || node.tagName === 'area';
    for (const { name, value, prefix } of node.attrs) {
      if (prefix !== undefined) continue; // xlink:href, xml:id: not what a browser looks at here
      if (name === 'id' && value !== '') facts.ids.push(value);
      else if (name === 'name' && node.tagName === 'a' && node.namespaceURI === HTML && value !== '') facts.ids.push(value);
      else if (name === 'href' && link) facts.hrefs.push(value);
    }
    walk(node.childNodes, facts);
  }
}

/** The facts of one page file. */
export function readPageFacts(file: string): PageFacts {
  return pageFacts(readFileSync(file, 'utf8'));
}
