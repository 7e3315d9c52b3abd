/**
 * Records a plain-text excerpt: the first paragraphs' text, cut at a word boundary near `maxLength`.
 * Used for locale home pages and `<meta name="description">`.
 */
import type { Root, Element } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit, EXIT, SKIP } from './visit.ts';
import type { VFile } from 'vfile';
import { collected } from './context.ts';

export interface ExcerptOptions {
  maxLength?: number;
}

export default function rehypeExcerpt(options: ExcerptOptions = {}) {
  const maxLength = options.maxLength ?? 200;
  return (tree: Root, file: VFile) => {
    let text = '';
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'p') return undefined;
      text = `${text} ${toString(node)}`.replace(/\s+/g, ' ').trim();
      return text.length >= maxLength ? EXIT : SKIP;
    });
    collected(file.data).excerpt = cut(text, maxLength);
  };
}

function cut(text: string, maxLength: number): string {
  if (text.length <= maxLength) return text;
  const slice = text.slice(0, maxLength);
  // CJK and Thai have no spaces: cut at the limit there rather than losing the whole excerpt.
  const lastSpace = slice.lastIndexOf(' ');
  return `${(lastSpace > maxLength * 0.6 ? slice.slice(0, lastSpace) : slice).trimEnd()}…`;
}
