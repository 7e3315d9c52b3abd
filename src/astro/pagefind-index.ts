/**
 * The search index, built with Pagefind. One index per `<html lang>`; only `data-pagefind-body` (the article
 * text) is indexed: navigation, notices, fallback, redirect and short-link pages stay out. The npm package
 * runs `pagefind_extended`, which segments Chinese and Japanese.
 *
 * Speed:
 * - Indexing starts when the content is loaded and runs while Astro builds the pages: a worker thread
 *   writes the input pages (what search reads of each article) into the cache folder and runs Pagefind's
 *   command line, one process per locale (Japanese and Chinese first and alone: their dictionary takes
 *   memory; then the others, as many at a time as there are cores). The command line is faster than Pagefind's API, whose
 *   pipes wait for Astro's busy main thread.
 * - Each locale's index is kept in the cache folder under a hash of its input pages, and only locales
 *   whose articles changed are indexed again; of the input pages, only changed ones are rewritten.
 * - Pagefind writes every language to its own files (`nl-nl_<hash>.pf_fragment`, …) and lists the
 *   languages in `pagefind-entry.json`, so the site's index is the locales' files side by side with one
 *   merged entry file. Files already in dist/ from the last build stay there (previous-output.ts).
 * - The source locale's index is also the "show originals" index (`/pagefind-source/`): the same files.

 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { arch } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import { SOURCE_INDEX_PATH, sourceLocale } from '../i18n/site-config.ts';
import type { LoadedArticle } from '../pipeline/load-content.ts';
import { describeLocale } from '../pipeline/locales.ts';
import { dropStashed, filesUnder, restore, stash } from './previous-output.ts';
import { runSearchIndexJob, type SearchIndexJob } from './search-index-worker.ts';

/** Shared between the content loader and the integration, which Astro loads as different module instances. */
const EARLY = Symbol.for('help-site.search-index');
interface Early {
  locales: { locale: string; pages: number; folder: string }[];
  /** The locales indexed in this build, once they are done. */
  indexing: Promise<string[]>;
}
const store = globalThis as unknown as Record<symbol, Early | undefined>;

const SOURCE_FOLDER = SOURCE_INDEX_PATH.replace(/^\/|\/$/g, '');

/**
 * Called by the content loader: index the locales whose articles changed since their cached index was
 * made, in the background while Astro builds the pages. Pagefind's command line reads input pages (what
 * search reads of each article) kept in the cache folder; only changed ones are rewritten.
 */
export function startSearchIndex(articles: readonly LoadedArticle[], writes: (locale: string) => boolean, cacheDir: string) {
  if (process.env['SEARCH'] === '0') return;
  // Each input page lives as UTF-8 bytes only: hashed here, then transferred to the worker that writes it.
  const encoder = new TextEncoder();
  const byLocale = new Map<string, { file: string; bytes: Uint8Array; hash: string }[]>();
  for (const a of articles) {
    if (!writes(a.data.locale)) continue;
    const bytes = encoder.encode(searchPage(a));
    const list = byLocale.get(a.data.locale) ?? [];
    list.push({ file: `${a.data.url.slice(1)}index.html`, bytes, hash: createHash('sha1').update(bytes).digest('hex') });
    byLocale.set(a.data.locale, list);
  }
  const root = join(cacheDir, 'help-search');
  const pagesRoot = join(root, 'pages');
  const recordFile = join(root, 'pages.json');
  const record = readJson<Record<string, string>>(recordFile) ?? {};
  const locales: Early['locales'] = [];
  const job: SearchIndexJob = { writes: [], deletes: [], outputs: [], runs: [], stale: [] };
  const indexed: string[] = [];
  for (const [locale, pages] of byLocale) {
    const digest = createHash('sha1').update(PAGEFIND_VERSION);
    for (const p of pages) digest.update(`${p.file}\0${p.hash}\0`);
    const folder = join(root, `${locale}-${digest.digest('hex')}`);
    locales.push({ locale, pages: pages.length, folder });
    if (existsSync(join(folder, 'pagefind-entry.json'))) continue;
    indexed.push(locale);
    const current = new Set<string>();
    for (const p of pages) {
      current.add(p.file);
      if (record[p.file] !== p.hash || !existsSync(join(pagesRoot, p.file))) job.writes.push([join(pagesRoot, p.file), p.bytes]);
      record[p.file] = p.hash;
    }
    for (const file of Object.keys(record)) {
      if (file.startsWith(`${locale}/`) && !current.has(file)) {
        job.deletes.push(join(pagesRoot, file));
        delete record[file];
      }
    }
    job.outputs.push(folder);
    const language = describeLocale(locale);
    job.runs.push({
      command: [...PAGEFIND_COMMAND, '--site', pagesRoot, '--glob', `${locale}/**/*.html`, '--output-path', folder],
      dictionary: language.ok && DICTIONARY_LANGUAGES.has(language.locale.language),
    });
  }
  byLocale.clear();
  // Older indexes of the locales built here are stale (other locales', another shard's, are kept); the
  // worker deletes them after indexing, off the build's critical path.
  const current = new Set(locales.map((l) => l.folder));
  const names = existsSync(root) ? readdirSync(root) : [];
  job.stale = names.map((name) => join(root, name)).filter((folder) => !current.has(folder) && locales.some((l) => new RegExp(`^${l.locale}-[0-9a-f]{40}$`).test(basename(folder))));
  const indexing = inWorker(job).then(() => {
    writeFileSync(recordFile, JSON.stringify(record));
    return indexed;
  });
  indexing.catch(() => undefined); // reported when awaited at the end of the build
  store[EARLY] = { locales, indexing };
}

/** Languages for which `pagefind_extended` segments words with a dictionary (and needs its memory). */
const DICTIONARY_LANGUAGES = new Set(['ja', 'zh']);

async function inWorker(job: SearchIndexJob): Promise<void> {
  if (job.runs.length === 0 && job.stale.length === 0) return;
  if (job.outputs[0]) mkdirSync(dirname(job.outputs[0]), { recursive: true });
  let worker: Worker;
  try {
    const transfer = job.writes.map(([, bytes]) => bytes.buffer as ArrayBuffer);
    worker = new Worker(new URL('./search-index-worker.ts', import.meta.url), { workerData: { searchIndexJob: job }, transferList: transfer });
  } catch {
    // Workers cannot start here: the same work on this thread.
    await runSearchIndexJob(job);
    return;
  }
  try {
    await new Promise<void>((resolve, reject) => {
      worker.on('message', (result: { ok: boolean; message?: string }) => (result.ok ? resolve() : reject(new Error(result.message))));
      worker.on('error', reject);
      worker.on('exit', (code) => reject(new Error(`the search index worker stopped (exit code ${code})`)));
    });
  } finally {
    await worker.terminate();
  }
}

/** Waits for this build's indexing, drops stale cached indexes, then puts every locale's index into dist/. */
async function publishIndexes(early: Early, out: string, cacheDir: string): Promise<string[]> {
  const indexed = await early.indexing;
  const { locales } = early;
  publish(locales.map((l) => l.folder), out, cacheDir, 'pagefind');
  const source = locales.find((l) => l.locale === sourceLocale);
  if (source) publish([source.folder], out, cacheDir, SOURCE_FOLDER);
  else dropStashed(cacheDir, [SOURCE_FOLDER]);
  return indexed;
}

function readJson<T>(file: string): T | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch {
    return undefined;
  }
}

/**
 * One index made of the locales' indexes side by side, with one entry file listing every language. Files
 * already in place from the last build stay (their names are content hashes); the rest are hard-linked from
 * the cache, or copied where links are not possible (another disk).
 */
function publish(indexes: readonly string[], out: string, cacheDir: string, folder: string) {
  const wanted = new Map<string, string>();
  const languages: Record<string, unknown> = {};
  let entry: Record<string, unknown> = {};
  for (const index of indexes) {
    for (const file of filesUnder(index)) wanted.set(file, join(index, file));
    entry = JSON.parse(readFileSync(join(index, 'pagefind-entry.json'), 'utf8')) as Record<string, unknown>;
    Object.assign(languages, entry['languages']);
  }
  // Top-level files (the entry file, scripts, per-language metadata) are always replaced: few and small.
  const { kept } = restore(out, cacheDir, folder, (file) => wanted.has(file) && file.includes('/'));
  const target = join(out, folder);
  for (const [file, from] of wanted) {
    if (kept.has(file)) continue;
    const to = join(target, file);
    mkdirSync(dirname(to), { recursive: true });
    rmSync(to, { force: true });
    if (file === 'pagefind-entry.json') continue;
    try {
      linkSync(from, to);
    } catch {
      copyFileSync(from, to);
    }
  }
  writeFileSync(join(target, 'pagefind-entry.json'), JSON.stringify({ ...entry, languages }));
}

/** The part of an article page that search reads (`data-pagefind-body`). */
function searchPage({ data, html }: LoadedArticle): string {
  const h1 = data.hasH1 ? '' : `<h1>${data.title.replace(/[<&]/g, (c) => (c === '<' ? '&lt;' : '&amp;'))}</h1>`;
  return `<!doctype html><html lang="${data.lang}" dir="${data.dir}"><body><article data-pagefind-body>${h1}${html}</article></body></html>`;
}

/** Where the npm package is; `pagefind` resolves to <package>/lib/index.js. */
const PAGEFIND_PACKAGE = join(fileURLToPath(import.meta.resolve('pagefind')), '../..');

/**
 * Pagefind's command line: its binary, found the way the npm package finds it (`PAGEFIND_BINARY_PATH`, then
 * the platform package), else the package's Node wrapper (`npx pagefind`), which costs a Node process more.
 */
const PAGEFIND_COMMAND: readonly string[] = (() => {
  const fromEnv = process.env['PAGEFIND_EXTENDED_BINARY_PATH'] ?? process.env['PAGEFIND_BINARY_PATH'];
  if (fromEnv) return [fromEnv];
  const platform = process.platform === 'win32' ? 'windows' : process.platform;
  const exe = platform === 'windows' ? 'pagefind_extended.exe' : 'pagefind_extended';
  try {
    return [createRequire(join(PAGEFIND_PACKAGE, 'package.json')).resolve(`@pagefind/${platform}-${arch()}/bin/${exe}`)];
  } catch {
    return [process.execPath, join(PAGEFIND_PACKAGE, 'lib/runner/bin.cjs')];
  }
})();

/** Part of every locale's cache key: a Pagefind update re-indexes everything. */
const PAGEFIND_VERSION = (JSON.parse(readFileSync(join(PAGEFIND_PACKAGE, 'package.json'), 'utf8')) as { version: string }).version;

export function pagefindIndex(): AstroIntegration {
  let cacheDir = '';
  let outDir = '';
  return {
    name: 'help-search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(config.cacheDir);
        outDir = fileURLToPath(config.outDir);
      },
      // Astro empties dist/ next; the last build's index files move aside and come back where unchanged.
      'astro:build:start': () => stash(outDir, cacheDir, ['pagefind', SOURCE_FOLDER]),
      'astro:build:done': async ({ dir, logger }) => {
        if (process.env['SEARCH'] === '0') return;
        const started = performance.now();
        const out = fileURLToPath(dir);
        const early = store[EARLY];
        store[EARLY] = undefined;
        if (!early) throw new Error('No search index was started: the help-articles content loader did not run in this build.');
        const indexed = await publishIndexes(early, out, cacheDir);
        const pages = early.locales.reduce((n, l) => n + l.pages, 0);
        const kept = early.locales.length - indexed.length;
        const what = indexed.length === 0 ? 'no locale had changed' : `indexed ${indexed.join(', ')}${kept > 0 ? `; ${kept} unchanged locale(s) kept` : ''}`;
        logger.info(`search index for ${pages} pages in ${Math.round(performance.now() - started)} ms (${what})`);
      },
    },
  };
}
