/**
 * Starts the search index while the content loads: each locale is indexed as soon as the pipeline has
 * rendered it (its `onLocaleRendered`), in a worker thread that hands the input pages (what search reads of
 * each article) to Pagefind's API from memory (search-index-worker.ts). Japanese, Chinese and Thai are
 * rendered and indexed first: their dictionary takes memory, better spent while the pipeline renders than
 * while Astro builds, and their trigram index is the longest work, better done beside rendering than after.
 *
 * Each locale is its own Pagefind bundle (`dist/pagefind/nl-nl/`), recorded with a hash of what its input
 * pages are made of (each article's URL, title and render cache key) and a hash of the pages. A locale whose
 * input pages did not change keeps the bundle the last build published (without its HTML being read when
 * the first hash is the same); the others are indexed into the cache folder and moved into dist/ at the
 * end of the build (pagefind-index.ts).
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { RenderedArticle } from '../pipeline/load-content.ts';
import type { LocaleInfo } from '../pipeline/locales.ts';
import { escapeText } from '../article-pages/html-escape.ts';
import { siteOptions } from '../site-options.ts';
import { readOutputRecord } from './previous-output.ts';
import { INDEX_CODE, searchIndexQueue, type SearchIndexMessage, type SearchIndexReply } from './search-index-worker.ts';

/** What the integration publishes at the end of the build (pagefind-index.ts), kept in the build session. */
export interface StartedIndex {
  /** Every locale this build publishes; `staged` is where a changed locale's new bundle was written. */
  locales: { locale: string; pages: number; hash: string; staged?: string }[];
  /** The locales indexed in this build, once they are done. */
  indexing: Promise<string[]>;
}

/**
 * Languages for which `pagefind_extended` segments words with a dictionary (and needs its memory), and which
 * get a trigram index besides (usesTrigrams): the most indexing work per page.
 */
const DICTIONARY_LANGUAGES = new Set(['ja', 'zh', 'th']);

/** Render these locales first, so their heavy indexing overlaps rendering (search-index-worker.ts). */
export function indexedFirst(locale: LocaleInfo): boolean {
  return DICTIONARY_LANGUAGES.has(locale.language);
}

/** The bundles in an output folder's `pagefind/`, by locale: `<hash of what the input pages are made of>:<hash of the pages>`. */
export type PublishedBundles = Record<string, string>;

export const publishedRecord = (cacheDir: string) => join(cacheDir, 'help-search-bundles.json');

/** `SEARCH=0` builds without a search index (quicker when search is not what is being worked on). */
export const searchOff = () => !siteOptions().SEARCH;

export interface SearchIndexer {
  /** A locale's articles are all rendered: index it now, in the background, unless its published bundle is current. */
  add(locale: string, articles: readonly RenderedArticle[]): void;
  /** Every locale was added: what the build's end waits for and publishes (pagefind-index.ts). */
  finish(): StartedIndex;
  /** The build stops (content errors): stop indexing. */
  abort(): void;
  /**
   * Whether a dictionary language (Japanese, Chinese, Thai) is waiting or being indexed: its Pagefind process
   * takes about 600 MB, so rendering gives way with a worker meanwhile (render-pool.ts).
   */
  busy(): boolean;
}

/**
 * Called by the content loader before it loads: indexes each locale whose articles changed since its
 * published bundle was made, in a worker thread (search-index-worker.ts), while the rest of the build goes on.
 */
export function startSearchIndex(writes: (locale: string) => boolean, cacheDir: string, outDir: string): SearchIndexer | undefined {
  if (searchOff()) return undefined;
  const staging = join(cacheDir, 'help-search');
  const published = readOutputRecord<PublishedBundles>(publishedRecord(cacheDir), outDir) ?? {};
  // The content syncs before the build starts and moves the bundles aside, so a recorded bundle is in dist/
  // (a stopped build leaves no record: previous-output.ts); one deleted by hand is indexed again.
  const stillThere = (locale: string) => existsSync(join(outDir, 'pagefind', locale, 'pagefind-entry.json'));
  const locales: StartedIndex['locales'] = [];
  const encoder = new TextEncoder();
  /** Dictionary-language locales sent to the worker and not yet indexed. */
  const heavy = new Set<string>();
  const onIndexed = (locale: string) => heavy.delete(locale);
  // Started now, while the content loads: a rebuild's changed locale is on the build's critical path, and the
  // worker's start (a new V8 instance loading its modules and Pagefind's) would be too. With nothing to index
  // it ends at finish(), having cost a fifth of a second on the other core.
  const worker = indexingThread(onIndexed);
  return {
    busy: () => heavy.size > 0,
    add(locale, articles) {
      if (!writes(locale)) return;
      // Recorded: `<what the pages are made of>:<the pages>`. The input pages are made of what the first hash
      // takes in (searchPage), an article's HTML by its render key, so a locale with the same first hash is
      // known unchanged without reading its HTML (load-content.ts reads it only when asked). Render keys
      // change with any title of the site: then the pages themselves are hashed, and a locale whose pages
      // are the same keeps its bundle all the same.
      const [lastMade, lastPages] = (published[locale] ?? '').split(':');
      const madeHash = searchInputsHash(articles);
      if (lastMade === madeHash && stillThere(locale)) {
        locales.push({ locale, pages: articles.length, hash: published[locale]! });
        return;
      }
      // Each input page lives as UTF-8 bytes only: hashed here, then transferred to the worker.
      const pages = articles.map((a): [string, Uint8Array] => [a.url, encoder.encode(searchPage(a))]);
      const digest = createHash('sha1').update(`${INDEX_VERSION}\0`);
      for (const [url, bytes] of pages) digest.update(`${url}\0`).update(bytes).update('\0');
      const pagesHash = digest.digest('hex');
      const hash = `${madeHash}:${pagesHash}`;
      if (lastPages === pagesHash && stillThere(locale)) {
        locales.push({ locale, pages: pages.length, hash });
        return;
      }
      const staged = join(staging, locale);
      locales.push({ locale, pages: pages.length, hash, staged });
      if (articles[0] && indexedFirst(articles[0].locale)) heavy.add(locale);
      worker.send({ run: { locale, output: staged, pages } }, pages.map(([, bytes]) => bytes.buffer as ArrayBuffer));
    },
    finish() {
      // Anything else in the staging folder is left from a build that stopped (or from older versions):
      // the worker deletes it after indexing, off the build's critical path.
      const current = new Set(locales.flatMap((l) => (l.staged ? [l.staged] : [])));
      const stale = (existsSync(staging) ? readdirSync(staging) : []).map((name) => join(staging, name)).filter((folder) => !current.has(folder));
      const indexed = locales.filter((l) => l.staged).map((l) => l.locale);
      const indexing = worker.finish(stale).then(() => indexed);
      indexing.catch(() => undefined); // reported when awaited at the end of the build
      return { locales, indexing };
    },
    abort() {
      worker.terminate();
    },
  };
}

/** The worker thread that indexes, or the same queue on this thread where workers cannot start. */
function indexingThread(onIndexed: (locale: string) => void) {
  let thread: Worker | undefined;
  try {
    thread = new Worker(new URL('./search-index-worker.ts', import.meta.url), { workerData: { searchIndex: true } });
  } catch {
    const queue = searchIndexQueue(onIndexed);
    return {
      send: (message: SearchIndexMessage) => ('run' in message ? queue.add(message.run) : undefined),
      finish: (stale: string[]) => queue.finish(stale),
      terminate: () => undefined,
    };
  }
  const worker = thread;
  const done = new Promise<void>((resolve, reject) => {
    worker.on('message', (reply: SearchIndexReply) => {
      if ('indexed' in reply) onIndexed(reply.indexed);
      else if (reply.ok) resolve();
      else reject(new Error(reply.message));
    });
    worker.on('error', reject);
    worker.on('exit', (code) => reject(new Error(`the search index worker stopped (exit code ${code})`)));
  });
  done.catch(() => undefined); // awaited in finish()
  return {
    send: (message: SearchIndexMessage, transfer: ArrayBuffer[] = []) => worker.postMessage(message, transfer),
    finish: async (stale: string[]) => {
      worker.postMessage({ finish: { stale } } satisfies SearchIndexMessage);
      try {
        await done;
      } finally {
        await worker.terminate();
      }
    },
    terminate: () => void worker.terminate(),
  };
}

/** The part of an article page that search reads (`data-pagefind-body`). */
function searchPage({ locale, title, html, hasH1 }: RenderedArticle): string {
  const h1 = hasH1 ? '' : `<h1>${escapeText(title)}</h1>`;
  return `<!doctype html><html lang="${locale.tag}" dir="${locale.dir}"><body><article data-pagefind-body>${h1}${html}</article></body></html>`;
}

/** What a locale's input pages are made of (searchPage), its articles' HTML by their render keys: read no HTML. */
export function searchInputsHash(articles: readonly Omit<RenderedArticle, 'html'>[]): string {
  const made = createHash('sha1').update(`${INDEX_VERSION}\0`);
  // As JSON: no value (a title may hold any character) can pass for the one after it.
  for (const a of articles) made.update(`${JSON.stringify([a.locale.tag, a.locale.dir, a.url, a.title, a.hasH1, a.htmlKey])}\n`);
  return made.digest('hex');
}

/** Where the npm package is; `pagefind` resolves to <package>/lib/index.js. */
const PAGEFIND_PACKAGE = join(fileURLToPath(import.meta.resolve('pagefind')), '../..');

/** Part of every locale's cache key: a Pagefind update, or a change to our indexing code, re-indexes everything. */
const PAGEFIND_VERSION = (JSON.parse(readFileSync(join(PAGEFIND_PACKAGE, 'package.json'), 'utf8')) as { version: string }).version;
const INDEX_VERSION = [...INDEX_CODE, new URL(import.meta.url), new URL('../article-pages/html-escape.ts', import.meta.url)].reduce((digest, file) => digest.update(readFileSync(file)), createHash('sha1').update(PAGEFIND_VERSION)).digest('hex');
