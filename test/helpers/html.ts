/** Reads a built page into a queryable tree (CSS selectors via hast-util-select). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';

export interface Page {
  html: string;
  tree: Root;
  one(selector: string): Element | undefined;
  all(selector: string): Element[];
  text(selector: string): string | undefined;
  attr(selector: string, name: string): string | undefined;
}

/** `page(dist, '/nl-nl/declined-credit-card/')` reads dist/nl-nl/declined-credit-card/index.html. */
export function page(dist: string, url: string): Page {
  const file = url.endsWith('/') ? join(dist, url, 'index.html') : join(dist, url);
  const html = readFileSync(file, 'utf8');
  const tree = fromHtml(html);
  const one = (selector: string) => select(selector, tree);
  return {
    html,
    tree,
    one,
    all: (selector) => selectAll(selector, tree),
    text: (selector) => {
      const node = one(selector);
      return node ? toString(node).trim() : undefined;
    },
    attr: (selector, name) => {
      const value = one(selector)?.properties[name];
      return value === undefined || value === null ? undefined : Array.isArray(value) ? value.join(' ') : String(value);
    },
  };
}
