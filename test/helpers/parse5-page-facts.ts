/**
 * The built-site check's page reader as it was, on the HTML standard's own parser (parse5), building the
 * tree and walking it: the reference that scripts/lib/link-check/page-facts.ts (a tokenizer) is held to.
 */
import { parse, type DefaultTreeAdapterTypes } from 'parse5';
import type { PageFacts } from '../../scripts/lib/link-check/page-facts.ts';

type Node = DefaultTreeAdapterTypes.ChildNode;

const HTML = 'http://www.w3.org/1999/xhtml';

export function parse5PageFacts(html: string): PageFacts {
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
