/**
 * The search index, built with Pagefind. One index per `<html lang>`; only `data-pagefind-body` (the article
 * text) is indexed: navigation, notices, fallback, redirect and short-link pages stay out. The npm package
 * runs `pagefind_extended`, which segments Chinese and Japanese.
 *
 * Speed: indexing starts as soon as the content is loaded, from each article's rendered HTML (the same
 * article element the page shows), and runs in Pagefind's own process while Astro writes the pages; its
 * files go to a temporary folder as soon as they are ready and move into dist/ when the build is done. If that did not start (another entry point), the built pages
 * are indexed from disk instead.
 */
import { cpSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex, type PagefindIndex } from 'pagefind';
import { SOURCE_INDEX_PATH, sourceLocale } from '../i18n/site-config.ts';
import type { LoadedArticle } from '../pipeline/load-content.ts';

/** Shared between the content loader and the integration, which Astro loads as different module instances. */
const EARLY = Symbol.for('help-site.search-index');
/** The index files, written to a temporary folder while Astro still writes pages; moved into dist/ at the end. */
type Early = Promise<{ folder: string; hasSource: boolean; pages: number }>;
const store = globalThis as unknown as Record<symbol, Early | undefined>;

/** Called by the content loader: index the articles this build writes, in the background. */
export function startSearchIndex(articles: readonly LoadedArticle[], writes: (locale: string) => boolean, scratch = tmpdir()) {
  if (process.env['SEARCH'] === '0') return;
  // Only what search reads is kept for the background work, so the rest of the loaded content can be freed.
  const mine = articles.filter((a) => writes(a.data.locale)).map(searchable);
  const sources = mine.filter((a) => a.locale === sourceLocale);
  const run = (async () => {
    mkdirSync(scratch, { recursive: true });
    const folder = mkdtempSync(join(scratch, 'help-search-'));
    const main = await newIndex();
    await addAll(main, mine);
    await write(main, join(folder, 'pagefind'));
    if (sources.length > 0) {
      const source = await newIndex();
      await addAll(source, sources);
      await write(source, join(folder, 'pagefind-source'));
    }
    return { folder, hasSource: sources.length > 0, pages: mine.length };
  })();
  run.catch(() => undefined); // reported when awaited at the end of the build
  store[EARLY] = run;
}

/**
 * Pages in flight at a time. All 12,000 at once lets Pagefind work through them while the busy main thread
 * writes pages (fastest), but holds every page's text twice; smaller batches wait on the main thread.
 */
const BATCH = Number(process.env['SEARCH_BATCH'] ?? 4000);

async function addAll(index: PagefindIndex, articles: readonly Searchable[]) {
  for (let i = 0; i < articles.length; i += BATCH) {
    await Promise.all(articles.slice(i, i + BATCH).map((a) => index.addHTMLFile({ url: a.url, content: page(a) })));
  }
}

interface Searchable {
  url: string;
  locale: string;
  lang: string;
  dir: string;
  /** The article's own H1, or one made from its title. */
  h1: string;
  html: string;
}

function searchable({ data, html }: LoadedArticle): Searchable {
  const h1 = data.hasH1 ? '' : `<h1>${data.title.replace(/[<&]/g, (c) => (c === '<' ? '&lt;' : '&amp;'))}</h1>`;
  return { url: data.url, locale: data.locale, lang: data.lang, dir: data.dir, h1, html };
}

/** The part of an article page that search reads. */
function page(a: Searchable): string {
  return `<!doctype html><html lang="${a.lang}" dir="${a.dir}"><body><article data-pagefind-body>${a.h1}${a.html}</article></body></html>`;
}

async function newIndex(): Promise<PagefindIndex> {
  const { index, errors } = await createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  return index;
}

export function pagefindIndex(): AstroIntegration {
  return {
    name: 'help-search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        if (process.env['SEARCH'] === '0') return;
        const started = performance.now();
        const out = fileURLToPath(dir);
        const early = store[EARLY];
        store[EARLY] = undefined;
        let pages: number;
        if (early) {
          const { folder, hasSource, pages: count } = await early;
          moveInto(join(folder, 'pagefind'), join(out, 'pagefind'));
          if (hasSource) moveInto(join(folder, 'pagefind-source'), join(out, SOURCE_INDEX_PATH));
          rmSync(folder, { recursive: true, force: true });
          pages = count;
        } else {
          const main = await newIndex();
          const added = await main.addDirectory({ path: out });
          await write(main, join(out, 'pagefind'));
          const source = await newIndex();
          if ((await source.addDirectory({ path: out, glob: `${sourceLocale}/**/*.html` })).page_count > 0) await write(source, join(out, SOURCE_INDEX_PATH));
          pages = added.page_count;
        }
        await close();
        logger.info(`search index for ${pages} pages written in ${Math.round(performance.now() - started)} ms${early ? ' (indexed while the pages were built)' : ''}`);
      },
    },
  };
}

/** A rename when the temporary folder is on the same disk; a copy otherwise. */
function moveInto(from: string, to: string) {
  rmSync(to, { recursive: true, force: true });
  try {
    renameSync(from, to);
  } catch {
    cpSync(from, to, { recursive: true });
  }
}

async function write(index: PagefindIndex, outputPath: string) {
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length > 0) throw new Error(`Pagefind could not write ${outputPath}: ${written.errors.join('; ')}`);
}
