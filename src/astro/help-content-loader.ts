/**
 * Adapts the content pipeline to Astro: one pipeline run per sync fills the build session
 * (build-session.ts) and three collections for the pages: `locales`, `site` (short links, redirects and what
 * Astro is doing) and `articles` (a listing: what locale homes, /l10n/ and the dev article route read; never
 * the rendered HTML of a build, which only the page writer needs and takes from the session).
 * The pipeline itself knows nothing of Astro.
 *
 * Content errors stop the build after all of them are listed, once: a file that cannot be published must
 * never just be missing from the site.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import type { Loader, LoaderContext } from 'astro/loaders';
import { z } from 'zod';
import { formatDiagnostic } from '../pipeline/diagnostics.ts';
import { readArticle } from '../pipeline/read-article.ts';
import { summarizeFindings } from '../pipeline/findings-summary.ts';
import { translationStatus, type StatusReport } from '../pipeline/l10n-status.ts';
import { keepPageFactsOnly } from '../pipeline/keep-page-facts.ts';
import { loadContent, loadContentInParallel, type LoadedContent, type LoadOptions } from '../pipeline/load-content.ts';
import { factsBesideListing, type FactsBesideListing } from '../pipeline/render/site-facts.ts';
import { articleUrl, slugFromPath } from '../pipeline/slug.ts';
import { localeInfoSchema } from '../pipeline/locales.ts';
import { isIndexable } from '../pipeline/sitemap/sitemap-url.ts';
import { openRenderCache, renderCachePath } from '../pipeline/render-cache-file.ts';
import { openFileStamps } from '../pipeline/file-stamps.ts';
import { uiStringsWarnings } from '../i18n/ui-strings.ts';
import { resolvedRedirectSchema, resolvedShortLinkSchema } from '../pipeline/short-links/schema.ts';
import { inShard, shardLocales, unknownShardLocales } from './shard.ts';
import { stopPoint } from './stop-at.ts';
import { sessionOf, type BuildSession, type HELP_LOADERS } from './build-session.ts';
import { watchContentFolder } from './content-watcher.ts';
import { listingColumns, listingColumnsSchema } from './article-listing.ts';
import { sourceLocale } from '../i18n/site-config.ts';
import { siteOptions } from '../site-options.ts';

/** `CONTENT_DIR=../shared/corpus/alchemy npm run build` builds another content folder. */
export const contentDir = resolve(siteOptions().CONTENT_DIR);

/** The short links, the redirects and what Astro is doing, in one entry (`site`), so no collection is ever empty. */
export const siteDataSchema = z.object({
  command: z.enum(['build', 'dev', 'preview', 'sync']).optional(),
  shortLinks: z.array(resolvedShortLinkSchema),
  redirects: z.array(resolvedRedirectSchema),
  /**
   * `astro dev` only: what rendering an article on request needs (made and checked by the pipeline), but for
   * what the article listing holds; the article route puts the two together (`siteFactsFrom`).
   */
  facts: z.custom<FactsBesideListing>().optional(),
  /** Whether any article may be indexed: robots.txt then names the sitemap index. */
  indexable: z.boolean(),
  /** The translation status report of /l10n/ (the same as `npm run l10n:status`). */
  l10n: z.custom<StatusReport>(),
  /** `astro dev` only: articles that cannot be published now, shown at their URL with what is wrong. */
  problems: z.array(z.object({ url: z.string(), locale: z.string(), messages: z.array(z.string()) })).optional(),
});
export type SiteData = z.infer<typeof siteDataSchema>;

/** The collections' loaders share one run per sync, kept in the session. */
function content(context: LoaderContext): Promise<LoadedContent> {
  const session = sessionOf(context);
  session.run ??= load(context, session);
  return session.run;
}

/**
 * `astro dev`: the content folder is watched (content-watcher.ts), and a change (an article, a partial,
 * fwlinks.yml, a picture) loads the content again — reading is quick, nothing is rendered — and has Astro
 * refresh the collections: each loader takes the new run and updates the entries that changed, and Astro
 * writes its data store at once and reloads the open page, which renders its article from the file as it is
 * now. (Entries set outside a refresh would wait for Astro's half-second save debounce.)
 */
function watchContent(context: LoaderContext, session: BuildSession) {
  if (session.watcher) return;
  session.watcher = watchContentFolder(contentDir, (event, path) => {
    session.changed.add(`${event}:${path}`);
    session.unread.add(path);
    if (session.refresh) return;
    // Saving a file is often several events (write, rename, chmod): one run after the burst.
    session.refresh = new Promise<void>((resolve) => setTimeout(resolve, 30))
      .then(async () => {
        session.refresh = undefined;
        const changed = [...session.changed];
        session.changed.clear();
        // The usual edit (an article's text, a partial) changes nothing the pages list: the open page renders
        // its file again when reloaded, so a reload is all it takes, not a new run (seconds on a large site).
        if (session.content && changed.every((c) => c.startsWith('change:') && textOnly(session.content!, c.slice('change:'.length)))) {
          session.reloadPages?.();
          return;
        }
        session.run = load(context, session);
        if (!session.refreshContent) throw new Error('The help-site integration did not set up the dev server (astro:server:setup), so a content change cannot refresh the pages.');
        await session.refreshContent();
      })
      .catch((error: unknown) => context.logger.error(error instanceof Error ? error.message : String(error)));
    // Pages asked for meanwhile wait for it (wait-for-content.ts).
    session.settled = Promise.all([session.settled, session.refresh]).then(() => undefined);
  }, (message) => context.logger.warn(message));
}

async function load(context: LoaderContext, session: BuildSession): Promise<LoadedContent> {
  // Whichever collection's loader runs first does the work: the log says what it is for, not that loader's name.
  const logger = context.logger.fork('help-content');
  // `astro dev` renders an article when it is asked for, never all of them up front.
  const dev = session.command === 'dev';
  const started = performance.now();
  const cacheStarted = performance.now();
  // `astro dev` keeps the cache open between loads: a load after a saved file then reads no cache file
  // (0.3 s of deserializing and collecting garbage at 12,000 articles, of a second the writer waits).
  const open = () => openRenderCache(renderCachePath(fileURLToPath(context.config.cacheDir)));
  // A build stats the files the last one recorded while it reads its cache (file-stamps.ts).
  const stamps = dev ? undefined : openFileStamps(contentDir, join(fileURLToPath(context.config.cacheDir), 'help-file-stamps.v8'));
  const cache = dev ? (session.devCache ??= open()) : open();
  await stamps?.prefetched;
  let cacheMs = performance.now() - cacheStarted;
  // In a build, each locale's search index starts as soon as the locale is rendered (search-indexer.ts).
  // Imported here: `astro dev` indexes nothing, and each module this file imports is compiled at its start.
  const indexer = session.command === 'build' ? await import('./search-indexer.ts') : undefined;
  const search = indexer?.startSearchIndex(inShard, fileURLToPath(context.config.cacheDir), fileURLToPath(context.config.outDir));
  let loaded: LoadedContent;
  try {
    loaded = dev
      ? loadContent({ contentDir, sourceLocale, cache, deferRender: true, known: knownSinceLastLoad(session) })
      : await loadContentInParallel({
          contentDir,
          sourceLocale,
          cache,
          renderLocales: shardLocales,
          // Each locale's HTML waits in the cache's files for the page writer, not in memory (locale-html.ts).
          setAside: true,
          // A file whose stat is what the last build recorded is not read again (file-stamps.ts).
          known: stamps?.known,
          // One line per locale while rendering, so a long build is never silent; the search index starts here too.
          onLocaleRendered: (locale, articles) => {
            logger.info(`${locale}: ${articles.length.toLocaleString('en')} article${articles.length === 1 ? '' : 's'} ready after ${seconds(performance.now() - started)}`);
            search?.add(locale, articles);
          },
          // While Pagefind segments a dictionary language (600 MB), one render worker waits (its memory goes).
          ...(search && indexer ? { renderFirst: indexer.indexedFirst, renderWorkers: (all: number) => (search.busy() ? all - 1 : all) } : {}),
        });
    await stopPoint('content-sync'); // test-only (stop-at.ts): changed locales are being indexed now
  } catch (error) {
    search?.abort();
    throw error;
  }
  const saveStarted = performance.now();
  // `astro dev` keeps the front matter it read, so the next start reads only what changed (2 s of 12,000 articles' YAML).
  if (dev) cache.saveReads();
  else cache.save();
  if (stamps && loaded.known) {
    stamps.save(loaded.known);
    delete loaded.known;
  }
  cacheMs += performance.now() - saveStarted;
  reportFindings(loaded, logger, fileURLToPath(context.config.cacheDir), session.options.HELP_VERBOSE);
  if (dev) {
    logger.info(`${loaded.articles.length} articles in ${loaded.locales.length} locales from ${contentDir} read in ${ms(performance.now() - started)}; each renders when a page asks for it`);
  } else logger.info(
    `${loaded.articles.length} articles in ${loaded.locales.length} locales from ${contentDir} ` +
      `(${cache.hits} cached, ${cache.misses} rendered) in ${Math.round(performance.now() - started)} ms ` +
      `(read ${ms(loaded.timings.prepare)}, ${stamps?.hits ?? 0} files unchanged, render ${ms(loaded.timings.render)}, link ${ms(loaded.timings.complete)}, cache ${ms(cacheMs)})`,
  );
  for (const warning of uiStringsWarnings(loaded.locales.map((l) => l.folder))) logger.warn(warning);
  // The dev server stays up with content errors: each broken article shows what is wrong at its URL, and
  // saving the fix brings the page back.
  if (loaded.errorCount > 0 && !dev) {
    search?.abort();
    throw new Error(`${loaded.errorCount} content error(s), listed above with file and line. Fix them and build again; nothing was published.`);
  }
  // A shard of a locale with no folder (a typo) would build no page and succeed.
  const unknownShard = unknownShardLocales(shardLocales, loaded.locales.map((l) => l.folder), contentDir);
  if (unknownShard) {
    search?.abort();
    throw new Error(unknownShard);
  }
  // The checks are done: a build's pages need no more of each article than its page fields.
  if (!dev) keepPageFactsOnly(loaded);
  session.content = loaded;
  session.search = search?.finish();
  return loaded;
}

/**
 * `astro dev`: what the last load learned of each article file, but for the files changed since it started,
 * which are read again. A saved title then reads one file, not 12,000.
 */
function knownSinceLastLoad(session: BuildSession): LoadOptions['known'] {
  const before = session.content?.known;
  if (!before) return undefined;
  const unread = new Set(session.unread);
  session.unread.clear();
  return (path) => (unread.has(path) ? undefined : before.get(path));
}

const ms = (n: number) => `${Math.round(n)} ms`;
const seconds = (n: number) => `${(n / 1000).toFixed(1)} s`;

/**
 * The content check in the log: errors in full, warnings as a summary by rule (every finding with
 * HELP_VERBOSE=1), and always the full list as JSON in the cache folder, for CI and tools.
 */
function reportFindings(loaded: LoadedContent, logger: AstroIntegrationLogger, cacheDir: string, verbose: boolean) {
  const reportPath = join(cacheDir, 'help-build-report.json');
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(reportPath, JSON.stringify({ errors: loaded.errorCount, warnings: loaded.diagnostics.length - loaded.errorCount, diagnostics: loaded.diagnostics }, null, 1));
  const shown = relative(process.cwd(), reportPath) || reportPath;
  const lines = verbose ? loaded.diagnostics.map(formatDiagnostic) : summarizeFindings(loaded.diagnostics, { reportPath: shown });
  const errors = new Set(loaded.diagnostics.filter((d) => d.severity === 'error').map(formatDiagnostic));
  for (const line of lines) {
    if (errors.has(line)) logger.error(line);
    else logger.warn(line);
  }
}

/**
 * Whether a saved file changed only text the pages render on request: a partial, or an article whose front
 * matter (title, dates, robots…) is as before, outside the source locale (a source's new hash would make
 * its translations outdated, which only a new run marks).
 */
function textOnly(loaded: LoadedContent, path: string): boolean {
  const entry = loaded.manifest.find((e) => e.path === path);
  if (entry?.kind === 'partial') return true;
  if (entry?.kind !== 'article' || entry.locale === undefined || entry.url === undefined || entry.locale === sourceLocale) return false;
  const article = loaded.articles.find((a) => a.data.path === path);
  if (!article) return false;
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(join(contentDir, path));
  } catch {
    return false;
  }
  const read = readArticle(bytes, path, entry.locale);
  if (!read.ok) return false;
  const before = Object.fromEntries(Object.keys(read.article.meta).map((key) => [key, article.data[key as keyof typeof article.data]]));
  return JSON.stringify(read.article.meta) === JSON.stringify(before);
}

/** Articles that cannot be published now (a broken front matter), at the URL they would have, with why. */
function problemPages(loaded: LoadedContent): NonNullable<SiteData['problems']> {
  const byFile = new Map<string, string[]>();
  for (const d of loaded.diagnostics) if (d.severity === 'error') byFile.set(d.file, [...(byFile.get(d.file) ?? []), formatDiagnostic(d)]);
  const problems: NonNullable<SiteData['problems']> = [];
  for (const entry of loaded.manifest) {
    if (entry.kind !== 'article' || entry.url !== undefined || entry.locale === undefined) continue;
    const slug = slugFromPath(entry.path.slice(entry.locale.length + 1));
    const messages = [...byFile].filter(([file]) => file === entry.path || file.endsWith(`/${entry.path}`)).flatMap(([, lines]) => lines);
    if (slug && messages.length > 0) problems.push({ url: articleUrl(entry.locale, slug), locale: entry.locale, messages });
  }
  return problems;
}

/**
 * A collection kept equal to the pipeline's result: entries that changed are set, gone ones deleted, so in
 * `astro dev` a change to one article changes one entry (and Astro reloads the page). The return type keeps
 * the schema: a plain `Loader` makes Astro type every entry's data as `any` in the pages.
 */
function collectionLoader<T extends Record<string, unknown>>(
  name: (typeof HELP_LOADERS)[number],
  schema: z.ZodType<T>,
  entries: (content: LoadedContent, session: BuildSession) => { id: string; data: T }[],
): Loader & { schema: z.ZodType<T> } {
  return {
    name,
    schema,
    load: async (context) => {
      const session = sessionOf(context);
      const loaded = await content(context);
      const ids = new Set<string>();
      for (const { id, data } of entries(loaded, session)) {
        ids.add(id);
        context.store.set({ id, data, digest: context.generateDigest(data) });
      }
      for (const id of context.store.keys()) if (!ids.has(id)) context.store.delete(id);
      if (session.command === 'dev') watchContent(context, session);
    },
  };
}

/** A locale and how many articles it has (its home and the about page say so). */
export const localeEntrySchema = localeInfoSchema.extend({ articles: z.number().int() });

export const localesLoader = () =>
  collectionLoader('help-locales', localeEntrySchema, (c) => {
    const counts = new Map<string, number>();
    for (const { data } of c.articles) counts.set(data.locale, (counts.get(data.locale) ?? 0) + 1);
    return c.locales.map((l) => ({ id: l.folder, data: { ...l, articles: counts.get(l.folder) ?? 0 } }));
  });

export const siteLoader = () =>
  collectionLoader('help-site', siteDataSchema, (c, session) => {
    const dev = session.command === 'dev';
    const l10n = translationStatus(c.articles.map(({ data }) => data), sourceLocale);
    const indexable = c.articles.some(({ data }) => isIndexable(data));
    const data: SiteData = { ...(session.command ? { command: session.command } : {}), shortLinks: c.shortLinks, redirects: c.redirects, indexable, l10n, ...(dev ? { facts: factsBesideListing(c.facts, c.articles.map(({ data }) => data)), problems: problemPages(c) } : {}) };
    return [{ id: 'site', data }];
  });

/**
 * `astro dev` only: the article listing, one entry per locale (article-listing.ts), for the article route and
 * the locale homes. A build keeps no article listing in Astro: Astro bundles its data store into the build and
 * parses it again, and the listing was most of it (22 MB of JSON at 110,000 articles, about 400 MB of memory).
 * A build's locale homes get their lists from the page writer (src/article-pages/locale-home.ts); the counts
 * are in the `locales` entries, whether any article is indexable in the `site` entry, and /l10n/ reads its
 * report from the `site` entry (`l10n`), made by the pipeline from the full articles.
 */
export const articlesLoader = () =>
  collectionLoader('help-articles', listingColumnsSchema, (c, session) =>
    session.command !== 'dev' ? [] : listingColumns(c.articles.map(({ data }) => data)).map((data) => ({ id: data.locale, data })),
  );
