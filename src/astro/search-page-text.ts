/**
 * The text of a search input page (our own rendered article HTML, as search-indexer.ts `searchPage` wraps
 * it), read with regular expressions: the HTML is what rehype-stringify wrote, so tags are well formed and
 * attribute values quoted, and a parser per page would cost more than the indexing it feeds.
 *
 * It does not handle HTML in general (no script or style content, no CDATA): only what our renderer writes.
 */
import { escapeText } from '../article-pages/html-escape.ts';

const TAG = /<!--[\s\S]*?-->|<![a-zA-Z][^>]*>|<\/?[a-zA-Z][^\s/>]*(?:[^>"']|"[^"]*"|'[^']*')*>/g;
/** Tags that end a block of text: a run of text never continues across them (a reader's selection does not). */
const BLOCK = /^<\/?(?:address|article|aside|blockquote|body|br|caption|dd|details|div|dl|dt|figcaption|figure|footer|h[1-6]|header|hr|html|li|main|nav|ol|p|pre|section|summary|table|tbody|td|tfoot|th|thead|tr|ul)\b/i;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[name.toLowerCase()] ?? whole;
  });
}

/**
 * The text of the page, one line per block (the first is the `<h1>` title), entities decoded, spaces as a
 * reader sees them (a line break in the source is a space).
 */
export function pageText(html: string): string {
  const body = html.slice(Math.max(0, html.indexOf('<article')));
  return decodeEntities(body.replace(TAG, (tag) => (BLOCK.test(tag) ? '\0' : '')))
    .split('\0')
    .map((block) => block.replace(/\s+/g, ' ').trim())
    .filter((block) => block !== '')
    .join('\n');
}

/**
 * The page with `change` applied to its text only (never to tags or attribute values), a block at a time:
 * text split by inline tags (ה<b>קובץ</b>) is changed as the one word a reader sees. `change` must keep
 * the length of the text, so each piece goes back between its tags.
 */
export function mapText(html: string, change: (text: string) => string): string {
  const pieces: { tag?: string; text?: string }[] = [];
  let last = 0;
  for (const match of html.matchAll(TAG)) {
    pieces.push({ text: decodeEntities(html.slice(last, match.index)) }, { tag: match[0] });
    last = match.index + match[0].length;
  }
  pieces.push({ text: decodeEntities(html.slice(last)) });
  let out = '';
  let block: string[] = [];
  let between: string[] = [];
  const flush = () => {
    const joined = block.join('');
    const changed = change(joined);
    if (changed.length !== joined.length) throw new Error('mapText: the change must keep the length of the text');
    let at = 0;
    block.forEach((text, i) => {
      out += escapeText(changed.slice(at, (at += text.length))) + (between[i] ?? '');
    });
    block = [];
    between = [];
  };
  for (const piece of pieces) {
    if (piece.text !== undefined) block.push(piece.text);
    else if (BLOCK.test(piece.tag!) || piece.tag!.startsWith('<!')) {
      flush();
      out += piece.tag;
    } else between[block.length - 1] = (between[block.length - 1] ?? '') + piece.tag;
  }
  flush();
  return out;
}
