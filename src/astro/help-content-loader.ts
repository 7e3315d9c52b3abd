/**
 * Adapts the content pipeline to Astro: one pipeline run feeds three small collections (locales, short
 * links, redirects) and hands the articles and the content manifest to the site's pages and page writer
 * (site-content.ts: why they are not collections). The pipeline itself knows nothing of Astro.
 *
 * Content errors stop the build after all of them are listed: a file that cannot be published must never
 * just be missing from the site.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { z } from 'zod';
import { toArticlePage } from '../pipeline/article-schema.ts';
import { formatDiagnostic } from '../pipeline/diagnostics.ts';
import { loadContentInParallel, type LoadedContent } from '../pipeline/load-content.ts';
import { localeInfoSchema } from '../pipeline/locales.ts';
import { openRenderCache, renderCachePath } from '../pipeline/render-cache-file.ts';
import { uiStringsWarnings } from '../i18n/ui-strings.ts';
import { resolvedRedirectSchema, resolvedShortLinkSchema } from '../pipeline/short-links/schema.ts';
import { indexedFirst, startSearchIndex } from './search-indexer.ts';
import { inShard, shardChoice, shardLocales, unknownShardLocales } from './shard.ts';
import { isAstroBuild } from './build-mode.ts';
import { stopPoint } from './stop-at.ts';
import { handOverSiteContent } from './site-content.ts';
import { sourceLocale } from '../i18n/site-config.ts';

/** `CONTENT_DIR=../shared/corpus/alchemy npm run build` builds another content folder. */
export const contentDir = resolve(process.env['CONTENT_DIR'] ?? 'content');

const LOADERS = 3;
let run: Promise<LoadedContent> | undefined;
let consumed = 0;

/** The loaders share one run per sync; the run is forgotten once all of them took it (dev re-syncs). */
async function content(context: LoaderContext): Promise<LoadedContent> {
  run ??= (async () => {
    if (shardChoice.error) throw new Error(shardChoice.error);
    // Whichever collection's loader runs first does the work: the log says what it is for, not that loader's name.
    const logger = context.logger.fork('help-content');
    const started = performance.now();
    const cacheStarted = performance.now();
    const cache = openRenderCache(renderCachePath(fileURLToPath(context.config.cacheDir)));
    let cacheMs = performance.now() - cacheStarted;
    // In a build, each locale's search index starts as soon as the locale is rendered (search-indexer.ts).
    const search = isBuild(context) ? startSearchIndex(inShard, fileURLToPath(context.config.cacheDir), fileURLToPath(context.config.outDir)) : undefined;
    let loaded: LoadedContent;
    try {
      loaded = await loadContentInParallel({
        contentDir,
        sourceLocale,
        cache,
        renderLocales: shardLocales,
        ...(search ? { onLocaleRendered: search.add, renderFirst: indexedFirst } : {}),
      });
      await stopPoint('content-sync'); // test-only (stop-at.ts): changed locales are being indexed now
    } catch (error) {
      search?.abort();
      throw error;
    }
    const saveStarted = performance.now();
    cache.save();
    cacheMs += performance.now() - saveStarted;
    for (const d of loaded.diagnostics) {
      if (d.severity === 'error') logger.error(formatDiagnostic(d));
      else logger.warn(formatDiagnostic(d));
    }
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
    const unknownShard = unknownShardLocales(shardChoice, loaded.locales.map((l) => l.folder), contentDir);
    if (unknownShard) {
      search?.abort();
      throw new Error(unknownShard);
    }
    // The article pages are written at the end of the build, outside Astro (in `astro dev`, the article
    // route renders them from the same hand-over).
    handOverSiteContent({ articles: loaded.articles.map(({ data, html }) => ({ page: toArticlePage(data), html })), locales: loaded.locales, manifest: loaded.manifest, assets: loaded.assets });
    search?.finish();
    return loaded;
  })();
  // A failed run must not be cached for the next sync (astro dev re-syncs after a fix).
  run.catch(() => (run = undefined));
  const loaded = await run;
  if (++consumed === LOADERS) {
    consumed = 0;
    run = undefined;
  }
  return loaded;
}

const ms = (n: number) => `${Math.round(n)} ms`;

function isBuild(context: LoaderContext): boolean {
  return context.config.output === 'static' && isAstroBuild;
}

/**
 * A collection that is one list from the pipeline's result, replaced whole on every sync: locales, short
 * links, redirects. The return type keeps the schema: Astro types a collection's entries from its loader's
 * `schema` (`InferLoaderSchema` in .astro/content.d.ts), and a plain `Loader`, whose schema is optional, made
 * every entry's `data` `any`.
 */
function listLoader<T extends Record<string, unknown>>(name: string, schema: z.ZodType<T>, list: (content: LoadedContent) => T[], id: (item: T) => string): Loader & { schema: z.ZodType<T> } {
  return {
    name,
    schema,
    load: async (context) => {
      const items = list(await content(context));
      context.store.clear();
      for (const item of items) context.store.set({ id: id(item), data: item });
    },
  };
}

export const localesLoader = () => listLoader('help-locales', localeInfoSchema, (c) => c.locales, (l) => l.folder);
export const shortLinksLoader = () => listLoader('help-short-links', resolvedShortLinkSchema, (c) => c.shortLinks, (l) => l.id);
export const redirectsLoader = () => listLoader('help-redirects', resolvedRedirectSchema, (c) => c.redirects, (r) => r.from);
