/**
 * A search result for a page the trigram index found (ngram-search.ts), shaped like Pagefind's, so the
 * search UI shows both alike. Pagefind did not run, so this reads the page's Pagefind fragment itself (the
 * same file Pagefind's `data()` loads) and makes the excerpt: the first place the query's text is on the
 * page, marked, with the section (the last heading with an id before it) as the link.
 *
 * Pagefind's fragment text is HTML-escaped, its words separated by spaces and, in segmented scripts,
 * zero-width spaces. The query is found in its normalized form (char-ngrams.ts), mapped back to the
 * fragment's characters.
 */
import { normalize, letterRuns } from './char-ngrams.ts';
import { fetchText } from './fetch-gzip.ts';

interface Fragment {
  url: string;
  content: string;
  meta: { title?: string };
  anchors?: { id?: string; location: number; text?: string }[];
}
export interface ResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  sub_results?: { url: string; title: string; excerpt: string; locations?: number[] }[];
}

const BEFORE = 24;
const AFTER = 48;

/** Where `needle` (normalized) first is in `content`, in content's own offsets. */
function locate(content: string, needle: string): [number, number] | undefined {
  let folded = '';
  const origin: number[] = [];
  for (let i = 0; i < content.length; ) {
    const char = String.fromCodePoint(content.codePointAt(i)!);
    for (const unit of normalize(char)) {
      folded += unit;
      origin.push(i);
    }
    i += char.length;
  }
  const at = folded.indexOf(needle);
  if (at < 0) return undefined;
  const end = at + needle.length;
  return [origin[at]!, end < origin.length ? origin[end]! : content.length];
}

export function fragmentResult(base: string, id: string, query: string, language: string) {
  let data: Promise<ResultData> | undefined;
  return {
    id,
    data(): Promise<ResultData> {
      data ??= fetchText(`${base}fragment/${id}.pf_fragment`).then((text) => {
        const fragment = JSON.parse(text.slice(text.indexOf('{'))) as Fragment;
        const { content } = fragment;
        // The query as typed if the page has it so, else its longest word.
        const whole = normalize(query).replace(/\s+/g, ' ').trim();
        const longest = letterRuns(whole, language).sort((a, b) => b.text.length - a.text.length)[0];
        const place = locate(content, whole) ?? (longest ? locate(content, longest.text) : undefined);
        if (!place) return { url: fragment.url, excerpt: content.slice(0, BEFORE + AFTER), meta: fragment.meta };
        const [start, end] = place;
        // The text around the match, without an entity (&gt;) cut in two at either edge.
        const before = content.slice(Math.max(0, start - BEFORE), start).replace(/^[a-z0-9#]{0,8};/i, '');
        const after = content.slice(end, end + AFTER).replace(/&[a-z0-9#]{0,8}$/i, '');
        const excerpt = `${before}<mark>${content.slice(start, end)}</mark>${after}`;
        // Pagefind counts words by their separators; the section is the last anchor at or before the match.
        const word = content.slice(0, start).split(/[ \u200b]+/).length - 1;
        const anchor = (fragment.anchors ?? []).filter((a) => a.id && a.location <= word).at(-1);
        const url = anchor ? `${fragment.url}#${anchor.id}` : fragment.url;
        return { url: fragment.url, excerpt, meta: fragment.meta, sub_results: [{ url, title: anchor?.text ?? fragment.meta.title ?? '', excerpt, locations: [word] }] };
      });
      return data;
    },
  };
}
