/**
 * What a built page offers and asks for: its fragment targets and its links, read the way a browser finds
 * them. Regular expressions counted `name=` on a `<meta>` and `id="…"` in code text as anchors.
 *
 * A browser scrolls to the element whose `id` is the fragment, or else to an HTML `<a>` whose `name` is.
 * Elements inside a `<template>` or a `<noscript>` (parsed as text where scripts run) are not in the
 * document and do not count, nor does markup in an element whose content is text (`<textarea>`,
 * `<iframe>`, `<xmp>`…). Links are the `href` of `<a>` and `<area>`, entities decoded. `<base href>` is not
 * applied (the site writes none).
 *
 * Read with htmlparser2's tokenizer, which decodes attributes as the HTML standard does, and three
 * counters for what the standard's tree building decides (template and text-only content, foreign SVG and
 * MathML, where `<a name>` is not an HTML anchor). The standard's own parser (parse5) was 70% of the
 * built-site check's time at 110,000 pages and 2.8 times slower per page; test/unit/page-facts.test.ts
 * holds this reader to what parse5 finds, on hostile snippets and on built pages.
 */
import { readFileSync } from 'node:fs';
import { Parser } from 'htmlparser2';

export interface PageFacts {
  /** Fragments that lead somewhere on this page. */
  ids: string[];
  /** Every link's `href`, as the browser reads it (entities decoded), in document order. */
  hrefs: string[];
}

/** Elements whose content is not part of the document (`template`, `noscript`) or is text; their own attributes count. */
const CONTENT_OUT_OF_DOCUMENT = new Set(['template', 'noscript', 'iframe', 'noembed', 'noframes', 'xmp']);
/** Foreign content: an `<a>` there is SVG's or MathML's, and its `name` is no HTML anchor. */
const FOREIGN = new Set(['svg', 'math']);

export function pageFacts(html: string): PageFacts {
  const facts: PageFacts = { ids: [], hrefs: [] };
  let hidden = 0;
  let foreign = 0;
  // `<plaintext>`: everything after it is text, and nothing ends it.
  let plaintext = false;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (plaintext) return;
        if (hidden === 0) {
          const link = name === 'a' || name === 'area';
          // In source order, the first of a repeated attribute only (as the standard and htmlparser2 keep it).
          for (const [attribute, value] of Object.entries(attributes)) {
            if (attribute === 'id' && value !== '') facts.ids.push(value);
            else if (attribute === 'name' && name === 'a' && foreign === 0 && value !== '') facts.ids.push(value);
            else if (attribute === 'href' && link) facts.hrefs.push(value);
          }
        }
        if (name === 'plaintext') plaintext = true;
        if (CONTENT_OUT_OF_DOCUMENT.has(name)) hidden++;
        if (FOREIGN.has(name)) foreign++;
      },
      onclosetag(name) {
        if (plaintext) return;
        if (CONTENT_OUT_OF_DOCUMENT.has(name) && hidden > 0) hidden--;
        if (FOREIGN.has(name) && foreign > 0) foreign--;
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);
  return facts;
}

/** The facts of one page file. */
export function readPageFacts(file: string): PageFacts {
  return pageFacts(readFileSync(file, 'utf8'));
}
