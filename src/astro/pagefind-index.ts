/**
 * The search index, built with Pagefind. One index per `<html lang>`; only `data-pagefind-body` (the article
 * text) is indexed: navigation, notices, fallback, redirect and short-link pages stay out. The npm package
 * runs `pagefind_extended`, which segments Chinese and Japanese.
 *
 * - The indexing starts while the content loads, one locale at a time, cached per locale (search-indexer.ts);
 *   this integration waits for it at the end of the build and publishes it.
 * - Pagefind writes every language to its own files (`nl-nl_<hash>.pf_fragment`, …) and lists the
 *   languages in `pagefind-entry.json`, so the site's index is the locales' files side by side with one
 *   merged entry file. Files already in dist/ from the last build stay there (previous-output.ts).
 * - The source locale's index is also the "show originals" index (`/pagefind-source/`): the same files.
 */
import { copyFileSync, linkSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { SOURCE_INDEX_PATH, sourceLocale } from '../i18n/site-config.ts';
import { dropStashed, filesUnder, restore, stash } from './previous-output.ts';
import { takeStartedIndex, type StartedIndex } from './search-indexer.ts';

const SOURCE_FOLDER = SOURCE_INDEX_PATH.replace(/^\/|\/$/g, '');

/** Waits for this build's indexing, drops stale cached indexes, then puts every locale's index into dist/. */
async function publishIndexes(early: StartedIndex, out: string, cacheDir: string): Promise<string[]> {
  const indexed = await early.indexing;
  const { locales } = early;
  publish(locales.map((l) => l.folder), out, cacheDir, 'pagefind');
  const source = locales.find((l) => l.locale === sourceLocale);
  if (source) publish([source.folder], out, cacheDir, SOURCE_FOLDER);
  else dropStashed(cacheDir, [SOURCE_FOLDER]);
  return indexed;
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
        const early = takeStartedIndex();
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
