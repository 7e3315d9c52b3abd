/**
 * Starts the search index while the content loads: each locale is indexed as soon as the pipeline has
 * rendered it (its `onLocaleRendered`), in a worker thread that hands the input pages (what search reads of
 * each article) to Pagefind's API from memory (search-index-worker.ts). Japanese and Chinese are rendered
 * and indexed first: their dictionary takes memory, better spent while the pipeline renders than while
 * Astro builds. Each locale's index is kept in the cache folder under a hash of its input pages, and only
 * locales whose articles changed are indexed again. The build's end publishes them (pagefind-index.ts).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { RenderedArticle } from '../pipeline/load-content.ts';
import type { LocaleInfo } from '../pipeline/locales.ts';
import { searchIndexQueue, type SearchIndexMessage } from './search-index-worker.ts';

/** Shared between the content loader and the integration, which Astro loads as different module instances. */
const EARLY = Symbol.for('help-site.search-index');
export interface StartedIndex {
  locales: { locale: string; pages: number; folder: string }[];
  /** The locales indexed in this build, once they are done. */
  indexing: Promise<string[]>;
}
const store = globalThis as unknown as Record<symbol, StartedIndex | undefined>;

/** The indexing this build started, for the integration to wait for and publish (once). */
export function takeStartedIndex(): StartedIndex | undefined {
  const started = store[EARLY];
  store[EARLY] = undefined;
  return started;
}

/** Languages for which `pagefind_extended` segments words with a dictionary (and needs its memory). */
const DICTIONARY_LANGUAGES = new Set(['ja', 'zh']);

/** Render these locales first, so their memory-hungry indexing overlaps rendering (search-index-worker.ts). */
export function indexedFirst(locale: LocaleInfo): boolean {
  return DICTIONARY_LANGUAGES.has(locale.language);
}

/** Input files that earlier versions wrote for Pagefind's command line; their cache folders may still have them. */
const OLD_INPUTS = new Set(['pages', 'pages.json']);

export interface SearchIndexer {
  /** A locale's articles are all rendered: index it now, in the background, unless its cached index is current. */
  add(locale: string, articles: readonly RenderedArticle[]): void;
  /** Every locale was added; the build's end waits for the indexing (pagefindIndex()). */
  finish(): void;
  /** The build stops (content errors): stop indexing. */
  abort(): void;
}

/**
 * Called by the content loader before it loads: indexes each locale whose articles changed since its cached
 * index was made, in a worker thread (search-index-worker.ts), while the rest of the build goes on.
 */
export function startSearchIndex(writes: (locale: string) => boolean, cacheDir: string): SearchIndexer | undefined {
  if (process.env['SEARCH'] === '0') return undefined;
  const root = join(cacheDir, 'help-search');
  const locales: StartedIndex['locales'] = [];
  const indexed: string[] = [];
  const encoder = new TextEncoder();
  let worker: ReturnType<typeof indexingThread> | undefined;
  return {
    add(locale, articles) {
      if (!writes(locale)) return;
      // Each input page lives as UTF-8 bytes only: hashed here, then transferred to the worker.
      const pages = articles.map((a): [string, Uint8Array] => [a.url, encoder.encode(searchPage(a))]);
      const digest = createHash('sha1').update(`${PAGEFIND_VERSION}\0`);
      for (const [url, bytes] of pages) digest.update(`${url}\0`).update(bytes).update('\0');
      const folder = join(root, `${locale}-${digest.digest('hex')}`);
      locales.push({ locale, pages: pages.length, folder });
      if (existsSync(join(folder, 'pagefind-entry.json'))) return;
      indexed.push(locale);
      mkdirSync(root, { recursive: true });
      worker ??= indexingThread();
      worker.send({ run: { locale, output: folder, pages } }, pages.map(([, bytes]) => bytes.buffer as ArrayBuffer));
    },
    finish() {
      // Older indexes of the locales built here are stale (other locales', another shard's, are kept); the
      // worker deletes them after indexing, off the build's critical path.
      const current = new Set(locales.map((l) => l.folder));
      const stale = (name: string) => locales.some((l) => new RegExp(`^${l.locale}-[0-9a-f]{40}$`).test(name)) || OLD_INPUTS.has(name);
      const names = existsSync(root) ? readdirSync(root) : [];
      const staleFolders = names.filter((name) => !current.has(join(root, name)) && stale(name)).map((name) => join(root, name));
      if (!worker && staleFolders.length > 0) worker = indexingThread();
      const indexing = worker ? worker.finish(staleFolders).then(() => indexed) : Promise.resolve(indexed);
      indexing.catch(() => undefined); // reported when awaited at the end of the build
      store[EARLY] = { locales, indexing };
    },
    abort() {
      worker?.terminate();
    },
  };
}

/** The worker thread that indexes, or the same queue on this thread where workers cannot start. */
function indexingThread() {
  let thread: Worker | undefined;
  try {
    thread = new Worker(new URL('./search-index-worker.ts', import.meta.url), { workerData: { searchIndex: true } });
  } catch {
    const queue = searchIndexQueue();
    return {
      send: (message: SearchIndexMessage) => ('run' in message ? queue.add(message.run) : undefined),
      finish: (stale: string[]) => queue.finish(stale),
      terminate: () => undefined,
    };
  }
  const worker = thread;
  const done = new Promise<void>((resolve, reject) => {
    worker.on('message', (result: { ok: boolean; message?: string }) => (result.ok ? resolve() : reject(new Error(result.message))));
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
  const h1 = hasH1 ? '' : `<h1>${title.replace(/[<&]/g, (c) => (c === '<' ? '&lt;' : '&amp;'))}</h1>`;
  return `<!doctype html><html lang="${locale.tag}" dir="${locale.dir}"><body><article data-pagefind-body>${h1}${html}</article></body></html>`;
}

/** Where the npm package is; `pagefind` resolves to <package>/lib/index.js. */
const PAGEFIND_PACKAGE = join(fileURLToPath(import.meta.resolve('pagefind')), '../..');

/** Part of every locale's cache key: a Pagefind update re-indexes everything. */
const PAGEFIND_VERSION = (JSON.parse(readFileSync(join(PAGEFIND_PACKAGE, 'package.json'), 'utf8')) as { version: string }).version;
