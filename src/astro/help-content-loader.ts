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
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import type { Loader, LoaderContext } from 'astro/loaders';
import { z } from 'zod';
import { articlePageSchema, toArticlePage } from '../pipeline/article-schema.ts';
import { formatDiagnostic } from '../pipeline/diagnostics.ts';
import { summarizeFindings } from '../pipeline/findings-summary.ts';
import { loadContentInParallel, type LoadedContent } from '../pipeline/load-content.ts';
import { localeInfoSchema } from '../pipeline/locales.ts';
import { openRenderCache, renderCachePath } from '../pipeline/render-cache-file.ts';
import { uiStringsWarnings } from '../i18n/ui-strings.ts';
import { resolvedRedirectSchema, resolvedShortLinkSchema } from '../pipeline/short-links/schema.ts';
import { indexedFirst, startSearchIndex } from './search-indexer.ts';
import { inShard, shardLocales, unknownShardLocales } from './shard.ts';
import { stopPoint } from './stop-at.ts';
import { sessionOf, type BuildSession } from './build-session.ts';
import { sourceLocale } from '../i18n/site-config.ts';
import { siteOptions } from '../site-options.ts';

/** `CONTENT_DIR=../shared/corpus/alchemy npm run build` builds another content folder. */
export const contentDir = resolve(siteOptions().CONTENT_DIR);

/** What the pages read of an article: everything of its page but the other locales' links (O(locales) each). */
export const articleListingSchema = articlePageSchema.omit({ translations: true });
export type ArticleListing = z.infer<typeof articleListingSchema>;

/** The short links, the redirects and what Astro is doing, in one entry (`site`), so no collection is ever empty. */
export const siteDataSchema = z.object({
  command: z.enum(['build', 'dev', 'preview', 'sync']).optional(),
  shortLinks: z.array(resolvedShortLinkSchema),
  redirects: z.array(resolvedRedirectSchema),
});
export type SiteData = z.infer<typeof siteDataSchema>;

/** The collections' loaders share one run per sync, kept in the session. */
function content(context: LoaderContext): Promise<LoadedContent> {
  const session = sessionOf(context);
  session.run ??= load(context, session);
  return session.run;
}

async function load(context: LoaderContext, session: BuildSession): Promise<LoadedContent> {
  // Whichever collection's loader runs first does the work: the log says what it is for, not that loader's name.
  const logger = context.logger.fork('help-content');
  const started = performance.now();
  const cacheStarted = performance.now();
  const cache = openRenderCache(renderCachePath(fileURLToPath(context.config.cacheDir)));
  let cacheMs = performance.now() - cacheStarted;
  // In a build, each locale's search index starts as soon as the locale is rendered (search-indexer.ts).
  const search = session.command === 'build' ? startSearchIndex(inShard, fileURLToPath(context.config.cacheDir), fileURLToPath(context.config.outDir)) : undefined;
  let loaded: LoadedContent;
  try {
    loaded = await loadContentInParallel({
      contentDir,
      sourceLocale,
      cache,
      renderLocales: shardLocales,
      // One line per locale while rendering, so a long build is never silent; the search index starts here too.
      onLocaleRendered: (locale, articles) => {
        logger.info(`${locale}: ${articles.length.toLocaleString('en')} article${articles.length === 1 ? '' : 's'} ready after ${seconds(performance.now() - started)}`);
        search?.add(locale, articles);
      },
      ...(search ? { renderFirst: indexedFirst } : {}),
    });
    await stopPoint('content-sync'); // test-only (stop-at.ts): changed locales are being indexed now
  } catch (error) {
    search?.abort();
    throw error;
  }
  const saveStarted = performance.now();
  cache.save();
  cacheMs += performance.now() - saveStarted;
  reportFindings(loaded, logger, fileURLToPath(context.config.cacheDir), session.options.HELP_VERBOSE);
  logger.info(
    `${loaded.articles.length} articles in ${loaded.locales.length} locales from ${contentDir} ` +
      `(${cache.hits} cached, ${cache.misses} rendered) in ${Math.round(performance.now() - started)} ms ` +
      `(read ${ms(loaded.timings.prepare)}, render ${ms(loaded.timings.render)}, link ${ms(loaded.timings.complete)}, cache ${ms(cacheMs)})`,
  );
  for (const warning of uiStringsWarnings(loaded.locales.map((l) => l.folder))) logger.warn(warning);
  if (loaded.errorCount > 0) {
    search?.abort();
    throw new Error(`${loaded.errorCount} content error(s), listed above with file and line. Fix them and build again; nothing was published.`);
  }
  // A shard of a locale with no folder (a typo) would build no page and succeed.
  const unknownShard = unknownShardLocales(shardLocales, loaded.locales.map((l) => l.folder), contentDir);
  if (unknownShard) {
    search?.abort();
    throw new Error(unknownShard);
  }
  session.content = loaded;
  session.search = search?.finish();
  return loaded;
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
 * A collection replaced whole on every sync from the pipeline's result. The return type keeps the schema:
 * a plain `Loader` makes Astro type every entry's data as `any` in the pages.
 */
function collectionLoader<T extends Record<string, unknown>>(
  name: string,
  schema: z.ZodType<T>,
  entries: (content: LoadedContent, session: BuildSession) => { id: string; data: T; html?: string }[],
): Loader & { schema: z.ZodType<T> } {
  return {
    name,
    schema,
    load: async (context) => {
      const loaded = await content(context);
      context.store.clear();
      for (const { id, data, html } of entries(loaded, sessionOf(context))) context.store.set({ id, data, ...(html !== undefined ? { rendered: { html } } : {}) });
    },
  };
}

export const localesLoader = () => collectionLoader('help-locales', localeInfoSchema, (c) => c.locales.map((l) => ({ id: l.folder, data: l })));

export const siteLoader = () =>
  collectionLoader('help-site', siteDataSchema, (c, session) => [{ id: 'site', data: { ...(session.command ? { command: session.command } : {}), shortLinks: c.shortLinks, redirects: c.redirects } }]);

/** In `astro dev` the listing also carries each article's HTML, which the dev article route shows. */
export const articlesLoader = () =>
  collectionLoader('help-articles', articleListingSchema, (c, session) =>
    c.articles.map(({ data, html }) => {
      const { translations: _translations, ...listing } = toArticlePage(data);
      return { id: data.url, data: listing, ...(session.command === 'dev' ? { html } : {}) };
    }),
  );
