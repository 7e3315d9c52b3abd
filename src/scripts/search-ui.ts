/**
 * The search box and the search page, on Pagefind. Loaded only when the reader focuses or types in the
 * search box (see SearchBox.astro), so an article costs no search bytes until then.
 *
 * Each locale has its own Pagefind bundle (`/pagefind/nl-nl/`), so a reader searches their own locale. When
 * that gives few results, matches from the source locale's bundle follow as a second, labelled group.
 */

import { formatCount, messageNodes, pluralForm } from '../i18n/message.ts';
import { excerptParts, type ExcerptSource } from './search-excerpt.ts';
import { showPrefixes } from './attached-prefixes.ts';
import { PAGEFIND_OPTIONS } from './search-options.ts';
import { usesTrigrams } from './char-ngrams.ts';
import { searchRanked, type TrigramIndex } from './search-query.ts';

interface SubResult {
  url: string;
  title: string;
  excerpt: string;
  locations?: number[];
}
interface PagefindResult {
  id: string;
  data(): Promise<ExcerptSource & { url: string; excerpt: string; meta: { title?: string }; sub_results?: SubResult[] }>;
}
interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  search(term: string): Promise<{ results: PagefindResult[] }>;
}
interface PagefindModule extends PagefindApi {
  createInstance(options: Record<string, unknown>): PagefindApi & { init(): Promise<void> };
}

/** The reader's locale's index and, for other locales than the source, the source locale's. */
export interface SearchIndexes {
  own: string;
  source?: string | undefined;
}

/** The reader's locale's strings (SearchBox.astro): `resultCount` has one form per plural category. */
export interface SearchStrings {
  noResults: string;
  resultCount: Partial<Record<Intl.LDMLPluralRule, string>>;
  /** Whose plural rules pick the form: the strings file's language (see pluralTagOf). */
  pluralLang: string;
  sourceResults: string;
  sourceLanguage: string;
}

const MAX_RESULTS = 8;
/** Below this many results in the reader's locale, source-locale matches are offered too. */
const FEW = 3;

let pagefind: Promise<PagefindModule> | undefined;
let source: Promise<PagefindApi | undefined> | undefined;
let trigrams: Promise<TrigramIndex | undefined> | undefined;

const pageLanguage = () => (document.documentElement.lang || 'en').split('-')[0]!.toLowerCase();
/**
 * Chinese, Japanese and Thai pages search a trigram index too (search-query.ts), made once, when search
 * opens; its code is a chunk of its own, which readers of other languages never load.
 */
function trigramsOf(index: string): Promise<TrigramIndex | undefined> {
  const language = pageLanguage();
  trigrams ??= usesTrigrams(language) ? import('./trigram-index.ts').then((m) => m.trigramIndex(index, language)) : Promise.resolve(undefined);
  return trigrams;
}

function load(index: string): Promise<PagefindModule> {
  // A path Vite must not try to bundle: the index is written after the site is built.
  const url = `${index}pagefind.js`;
  pagefind ??= (import(/* @vite-ignore */ url) as Promise<PagefindModule>).then(async (module) => {
    await module.options(PAGEFIND_OPTIONS);
    return module;
  });
  return pagefind;
}

function loadSource(indexes: SearchIndexes): Promise<PagefindApi | undefined> {
  const sourceIndex = indexes.source;
  if (!sourceIndex) return Promise.resolve(undefined);
  source ??= load(indexes.own)
    .then(async (module) => {
      const instance = module.createInstance({ basePath: sourceIndex });
      await instance.init();
      return instance;
    })
    .catch(() => undefined);
  return source;
}

/** The excerpt as text nodes and <mark>s: never parsed as HTML (see search-excerpt.ts for why). */
function excerptNodes(excerpt: string, page: ExcerptSource): Node[] {
  return excerptParts(excerpt, page).map(({ text, mark }) => {
    if (!mark) return document.createTextNode(showPrefixes(text));
    const element = document.createElement('mark');
    element.textContent = showPrefixes(text);
    return element;
  });
}

/** The section with the most matches (the first on a tie), so a result opens where the words are. */
function bestSection(sections: SubResult[]): SubResult | undefined {
  let best: SubResult | undefined;
  for (const section of sections) if (!best || (section.locations?.length ?? 0) > (best.locations?.length ?? 0)) best = section;
  return best;
}

async function render(results: PagefindResult[], list: HTMLElement) {
  const data = await Promise.all(results.slice(0, MAX_RESULTS).map((r) => r.data()));
  for (const item of data) {
    // The best-matching section, so the link opens the page where the words are.
    const section = bestSection(item.sub_results ?? []);
    const li = document.createElement('li');
    const link = document.createElement('a');
    link.href = section?.url ?? item.url;
    link.textContent = showPrefixes(item.meta.title ?? item.url);
    const p = document.createElement('p');
    p.append(...excerptNodes(section?.excerpt ?? item.excerpt, item));
    li.append(link, p);
    list.append(li);
  }
}

/** Whether a query has letters of the language's script: Thai or Hebrew words cannot be in English articles. */
function writtenIn(q: string, lang: string): boolean {
  const script = new Intl.Locale(lang).maximize().script;
  return script === undefined || new RegExp(`\\p{Script=${script}}`, 'u').test(q);
}

/** Each panel shows only the latest query's results: an older, slower search must not overwrite them. */
const latestSearch = new WeakMap<HTMLElement, object>();

export async function runSearch(query: string, panel: HTMLElement, strings: SearchStrings, indexes: SearchIndexes) {
  const q = query.trim();
  const started = performance.now();
  const ticket = {};
  latestSearch.set(panel, ticket);
  const stale = () => latestSearch.get(panel) !== ticket;
  if (q === '') {
    panel.replaceChildren();
    return;
  }
  const lang = document.documentElement.lang || 'en';
  const results = (await searchRanked(() => load(indexes.own), q, pageLanguage(), await trigramsOf(indexes.own))) as PagefindResult[];
  if (stale()) return;
  const heading = document.createElement('h2');
  // The query and the count sit in <bdi>: "365 Office" stays in its order on a right-to-left page.
  const count = results.length;
  heading.append(...messageNodes(count > 0 ? pluralForm(strings.resultCount, count, strings.pluralLang) : strings.noResults, { q, count: formatCount(count, lang) }));
  const list = document.createElement('ol');
  list.className = 'search-results';
  await render(results, list);
  if (stale()) return;
  panel.replaceChildren(heading);
  if (results.length > 0) panel.append(list);
  const sourceLang = panel.dataset['sourceLang'] ?? 'en';
  if (results.length < FEW && writtenIn(q, sourceLang)) {
    const other = await loadSource(indexes);
    // A site with no source articles has no source index (loadSource and the search fail): no second group.
    const extra = other ? ((await searchRanked(async () => other, q, 'en').catch(() => [])) as PagefindResult[]) : [];
    if (extra.length > 0) {
      const sourceHeading = document.createElement('h2');
      sourceHeading.append(...messageNodes(strings.sourceResults, { language: strings.sourceLanguage }));
      const sourceList = document.createElement('ol');
      sourceList.className = 'search-results';
      sourceList.lang = sourceLang;
      await render(extra, sourceList);
      if (stale()) return;
      panel.append(sourceHeading, sourceList);
    }
  }
  panel.dataset['searchMs'] = String(Math.round(performance.now() - started));
  panel.dataset['query'] = q;
}

/** Wires a search form: results as the reader types (debounced). */
export function attach(form: HTMLFormElement, panel: HTMLElement, strings: SearchStrings, indexes: SearchIndexes) {
  const input = form.querySelector('input[type="search"]') as HTMLInputElement;
  void trigramsOf(indexes.own);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const go = () => {
    void runSearch(input.value, panel, strings, indexes).then(() => {
      panel.hidden = input.value.trim() === '';
    });
  };
  // One Chinese, Japanese or Thai character the reader is typing is no word yet: wait for the next. (The
  // search page searches it: there the box is filled, not typed in.)
  const early = () => usesTrigrams(pageLanguage()) && [...input.value.trim()].length === 1 && document.activeElement === input;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = early() ? undefined : setTimeout(go, 80);
    if (early()) panel.hidden = true;
  });
  // Submitting goes to the search page (?q=…), which is shareable; typing shows results at once.
  if (input.value.trim() !== '' && !early()) go();
}
