/**
 * The search index, built with Pagefind: one bundle per locale (`dist/pagefind/nl-nl/`), so a reader's
 * search loads only their language, and the source locale's bundle is also the "show originals" index for
 * readers of other locales. Only `data-pagefind-body` (the article text) is indexed: navigation, notices,
 * fallback, redirect and short-link pages stay out. The npm package runs `pagefind_extended`, which
 * segments Chinese and Japanese.
 *
 * The indexing starts while the content loads, one locale at a time (search-indexer.ts); the end of the
 * build (help-site.ts) waits for it and publishes it. Each bundle moves into place whole, in one rename:
 * a changed locale's new bundle from the cache folder, an unchanged one from where the last build left it
 * (Astro empties dist/ first; previous-output.ts moves it aside). Merged shards are one build's dist/, byte
 * for byte: their bundles are separate folders.
 *
 * The record of the published bundles (help-search-bundles.json) is deleted before the bundles move aside
 * and written again once all of them are in place: a build stopped in between leaves none, and the next
 * build indexes every locale (previous-output.ts).
 */
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import type { BuildSession } from './build-session.ts';
import { moveFolder, setAside, stashFolder, writeOutputRecord } from './previous-output.ts';
import { stopPoint } from './stop-at.ts';
import { publishedRecord, searchOff, type PublishedBundles, type StartedIndex } from './search-indexer.ts';

/** Waits for this build's indexing, then puts every locale's bundle into dist/pagefind/. */
async function publishIndexes(started: StartedIndex, out: string, stash: string, record: string): Promise<string[]> {
  const indexed = await started.indexing;
  const root = join(out, 'pagefind');
  mkdirSync(root, { recursive: true });
  for (const { locale, staged } of started.locales) {
    const from = staged ?? join(stash, 'pagefind', locale);
    try {
      moveFolder(from, join(root, locale));
    } catch (error) {
      // Only if the bundle could not be set aside at the start (a busy folder). There is no record now, so
      // the next build indexes every locale.
      throw new Error(`The ${locale} search index is missing from ${from} (${String(error)}). Build again: every locale is then indexed.`);
    }
    await stopPoint('search-publish'); // test-only (stop-at.ts): stops after the first locale
  }
  rmSync(stash, { recursive: true, force: true }); // what is left: bundles of locales that changed or are gone
  writeOutputRecord<PublishedBundles>(record, out, Object.fromEntries(started.locales.map((l) => [l.locale, l.hash])));
  return indexed;
}

/**
 * Before Astro empties dist/: the last build's bundles move aside (copied where the cache is on another
 * disk: an unchanged locale is never indexed again) and come back where unchanged. A build without search
 * leaves them to be emptied, and its record goes all the same.
 */
export async function setSearchAside(session: BuildSession) {
  setAside(session.outDir, stashFolder(session.cacheDir, 'search'), publishedRecord(session.cacheDir), searchOff() ? [] : ['pagefind'], moveFolder);
  await stopPoint('set-aside'); // test-only (stop-at.ts): everything is aside, dist/ not yet emptied
}

/** At the end of the build: waits for this build's indexing and puts every locale's bundle in place. */
export async function publishSearch(session: BuildSession, out: string, logger: AstroIntegrationLogger) {
  if (searchOff()) return;
  const started = performance.now();
  const index = session.search;
  if (!index) throw new Error('No search index was started: the help-content loader did not run in this build.');
  session.search = undefined;
  const indexed = await publishIndexes(index, out, stashFolder(session.cacheDir, 'search'), publishedRecord(session.cacheDir));
  const pages = index.locales.reduce((n, l) => n + l.pages, 0);
  const kept = index.locales.length - indexed.length;
  const what = indexed.length === 0 ? 'no locale had changed' : `indexed ${indexed.join(', ')}${kept > 0 ? `; ${kept} unchanged locale(s) kept` : ''}`;
  logger.info(`search index for ${pages} pages in ${Math.round(performance.now() - started)} ms (${what})`);
}
