/**
 * What a reader can copy from an article: its text as passages, one per block (heading, paragraph, list
 * item, table cell), so a query never runs from one block into the next (a mouse selection across blocks
 * gives a line break, and search never matches across one). Code blocks are left out: they are the same
 * in every language.
 */
import type { Element, Nodes } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select } from 'hast-util-select';

const BLOCKS = new Set(['address', 'article', 'aside', 'blockquote', 'caption', 'dd', 'details', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul']);
const SKIPPED = new Set(['pre', 'script', 'style', 'template']);

/** The passages of the `<article>` of a built page's HTML; none when it has no article. */
export function articlePassages(html: string): string[] {
  const article = select('article', fromHtml(html));
  if (!article) return [];
  const parts: string[] = [];
  walk(article, parts);
  return parts.join('').split('\n').map((p) => p.replace(/\s+/g, ' ').trim()).filter((p) => p !== '');
}

function walk(node: Nodes, out: string[]) {
  if (node.type === 'text') out.push(node.value);
  if (node.type !== 'element' && node.type !== 'root') return;
  const element = node.type === 'element' ? (node as Element) : undefined;
  if (element && SKIPPED.has(element.tagName)) return;
  if (element?.tagName === 'br') return void out.push('\n');
  const block = element !== undefined && BLOCKS.has(element.tagName);
  if (block) out.push('\n');
  for (const child of node.children) walk(child, out);
  if (block) out.push('\n');
}
