/**
 * The text of a search result's excerpt, as the page reads, with Pagefind's highlighted words marked.
 *
 * Pagefind's excerpt is HTML of a kind: the page text with `<` and `>` written as `&lt;` and `&gt;` and the
 * matched words in `<mark>`, but `&` left alone. So a page that reads "&lt;script&gt;" (an article quoting
 * HTML source) and one that reads "<script>" get the same excerpt, and decoding it as HTML (as the search box
 * once did) shows the first as "<script>" and "&amp;" as "&": entities decoded twice.
 *
 * The words therefore come from the page's own text: `raw_content` is the escaped text the excerpt was cut
 * from, word for word, and `content` the text itself (without zero-width spaces, which Pagefind puts between
 * the words of Chinese and Japanese text). The excerpt only says where it starts and which words are marked.
 * No entity is decoded anywhere: there is nothing to guess.
 *
 *   content "Type &lt;b&gt; or <b>"  raw_content "Type &lt;b&gt; or &lt;b&gt;"
 *   excerpt "Type <mark>&lt;b&gt;</mark> or &lt;b&gt;"  →  "Type ", mark "&lt;b&gt;", " or <b>"
 */

export interface ExcerptPart {
  text: string;
  mark: boolean;
}

/** What this needs of a Pagefind result (or sub-result's page). */
export interface ExcerptSource {
  content?: string | undefined;
  raw_content?: string | undefined;
}

/** Pagefind's word boundaries (pagefind.js, build_excerpt). */
const WORD_SEPARATORS = /[^\S\uFEFF]+/g;
const ZWS = '\u200B';

export function excerptParts(excerpt: string, page: ExcerptSource): ExcerptPart[] {
  const pieces = excerpt.split(/(<mark>[^<]*<\/mark>)/).filter((p) => p !== '');
  const words = page.raw_content !== undefined && page.content !== undefined ? pageWords(page.raw_content, page.content) : undefined;
  const matched = words ? match(pieces, words) : undefined;
  if (matched) return matched;
  // Not cut from this text (another Pagefind version, missing data): undo only what Pagefind did. It escapes
  // < and > and nothing else, so an HTML entity decoder (the `entities` package) would be wrong here: it would
  // turn a page's own "&amp;" into "&", the double decoding this module exists to prevent.
  return pieces.map((piece) => {
    const mark = piece.startsWith('<mark>');
    return { text: (mark ? piece.slice(6, -7) : piece).replace(/&lt;/g, '<').replace(/&gt;/g, '>'), mark };
  });
}

interface Words {
  escaped: string[];
  plain: string[];
  joiner: string;
}

/** The page's words, escaped as in the excerpt and as the page reads, side by side. */
function pageWords(raw: string, content: string): Words | undefined {
  // `raw` is `content` with zero-width spaces kept and < > escaped: walk both to undo exactly that.
  let plainText = '';
  let j = 0;
  for (let i = 0; i < raw.length; ) {
    if (raw[i] === ZWS && content[j] !== ZWS) {
      plainText += ZWS;
      i++;
    } else if (content[j] === '<' && raw.startsWith('&lt;', i)) {
      plainText += '<';
      i += 4;
      j++;
    } else if (content[j] === '>' && raw.startsWith('&gt;', i)) {
      plainText += '>';
      i += 4;
      j++;
    } else if (raw[i] === content[j]) {
      plainText += raw[i];
      i++;
      j++;
    } else return undefined;
  }
  const zws = raw.includes(ZWS);
  const split = (text: string) => (zws ? text.split(ZWS) : text.split(WORD_SEPARATORS));
  const escaped = split(raw);
  const plain = split(plainText);
  return escaped.length === plain.length ? { escaped, plain, joiner: zws ? '' : ' ' } : undefined;
}

/** Finds where in the page the excerpt starts, and reads it off the page's own words. */
function match(pieces: string[], words: Words): ExcerptPart[] | undefined {
  const first = pieces[0]?.replace(/^<mark>|<\/mark>$/g, '') ?? '';
  for (let start = 0; start < words.escaped.length; start++) {
    const word = words.escaped[start]!;
    if (word === '' || !first.startsWith(word)) continue;
    const parts = readFrom(start, pieces, words);
    if (parts) return parts;
  }
  return undefined;
}

function readFrom(start: number, pieces: string[], words: Words): ExcerptPart[] | undefined {
  const parts: ExcerptPart[] = [];
  const add = (text: string, mark: boolean) => {
    const last = parts.at(-1);
    if (last && last.mark === mark && !mark) last.text += text;
    else parts.push({ text, mark });
  };
  let k = start;
  for (const piece of pieces) {
    if (piece.startsWith('<mark>')) {
      // A marked piece is one word.
      while (words.escaped[k] === '') k++;
      if (words.escaped[k] !== piece.slice(6, -7)) return undefined;
      add(words.plain[k]!, true);
      k++;
      continue;
    }
    let rest = piece;
    while (rest !== '') {
      if (words.joiner !== '' && rest.startsWith(words.joiner)) {
        add(words.joiner, false);
        rest = rest.slice(words.joiner.length);
        continue;
      }
      const word = words.escaped[k];
      if (word === undefined) return undefined;
      k++;
      if (word === '') continue;
      if (!rest.startsWith(word)) return undefined;
      add(words.plain[k - 1]!, false);
      rest = rest.slice(word.length);
    }
  }
  return parts;
}
