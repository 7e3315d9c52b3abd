/**
 * The search index, built with Pagefind: one bundle per locale (`dist/pagefind/nl-nl/`), so a reader's
 * search loads only their language, and the source locale's bundle is also the "show originals" index for
 * readers of other locales. Only `data-pagefind-body` (the article text) is indexed: navigation, notices,
 * fallback, redirect and short-link pages stay out. The npm package runs `pagefind_extended`, which
 * segments Chinese and Japanese.
 *
 * The indexing starts while the content loads, one locale at a time (search-indexer.ts); this integration
 * waits for it at the end of the build and publishes it. Each bundle moves into place whole, in one rename:
 * a changed locale's new bundle from the cache folder, an unchanged one from where the last build left it
 * (Astro empties dist/ first; previous-output.ts moves it aside). Merged shards are one build's dist/, byte
 * for byte: their bundles are separate folders.
 */
import { cpSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { dropStashed, stash, stashFolder, writeOutputRecord } from './previous-output.ts';
import { publishedRecord, searchOff, takeStartedIndex, type PublishedBundles, type StartedIndex } from './search-indexer.ts';

/** Folders an older layout published (all locales in one bundle, the source locale's in another). */
const OLD_FOLDERS = ['pagefind-source'];

/** Waits for this build's indexing, then puts every locale's bundle into dist/pagefind/. */
async function publishIndexes(started: StartedIndex, out: string, cacheDir: string): Promise<string[]> {
  const indexed = await started.indexing;
  const root = join(out, 'pagefind');
  mkdirSync(root, { recursive: true });
  for (const { locale, staged } of started.locales) {
    const from = staged ?? join(stashFolder(cacheDir), 'pagefind', locale);
    try {
      moveFolder(from, join(root, locale));
    } catch (error) {
      throw new Error(`The ${locale} search index is missing from ${from} (${String(error)}). Delete ${publishedRecord(cacheDir)} and build again: every locale is then indexed.`);
    }
  }
  // What is left aside: bundles of locales that changed or are gone, and older layouts.
  dropStashed(cacheDir, ['pagefind', ...OLD_FOLDERS]);
  writeOutputRecord<PublishedBundles>(publishedRecord(cacheDir), out, Object.fromEntries(started.locales.map((l) => [l.locale, l.hash])));
  return indexed;
}

/** One rename; a copy where the folders are on different disks. */
function moveFolder(from: string, to: string) {
  rmSync(to, { recursive: true, force: true });
  try {
    renameSync(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    cpSync(from, to, { recursive: true });
    rmSync(from, { recursive: true, force: true });
  }
}

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
      // Astro empties dist/ next; the last build's bundles move aside and come back where unchanged. A build
      // without search leaves them to be emptied: the next one finds them gone and indexes again.
      'astro:build:start': () => {
        if (!searchOff()) stash(outDir, cacheDir, ['pagefind', ...OLD_FOLDERS]);
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (searchOff()) return;
        const started = performance.now();
        const out = fileURLToPath(dir);
        const index = takeStartedIndex();
        if (!index) throw new Error('No search index was started: the help-content loader did not run in this build.');
        const indexed = await publishIndexes(index, out, cacheDir);
        const pages = index.locales.reduce((n, l) => n + l.pages, 0);
        const kept = index.locales.length - indexed.length;
        const what = indexed.length === 0 ? 'no locale had changed' : `indexed ${indexed.join(', ')}${kept > 0 ? `; ${kept} unchanged locale(s) kept` : ''}`;
        logger.info(`search index for ${pages} pages in ${Math.round(performance.now() - started)} ms (${what})`);
      },
    },
  };
}
