/**
 * Builds the search index with Pagefind once the pages are written. Pagefind makes one index per
 * `<html lang>`, and indexes only `data-pagefind-body` (the article text): navigation, notices, redirect and
 * short-link pages stay out. The npm package runs `pagefind_extended`, which segments Chinese and Japanese.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';
import { SOURCE_INDEX_PATH, sourceLocale } from '../i18n/search-config.ts';

export function pagefindIndex(): AstroIntegration {
  return {
    name: 'help-search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        if (process.env['SEARCH'] === '0') return;
        const started = performance.now();
        const out = fileURLToPath(dir);
        const { index, errors } = await createIndex({});
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: out });
        if (added.errors.length > 0) throw new Error(`Pagefind could not index ${out}: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: join(out, 'pagefind') });
        if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
        // The source locale once more, alone, for the "also in English" group on other locales' searches.
        const sourcePages = await writeSourceIndex(out);
        await close();
        logger.info(`indexed ${added.page_count} pages for search (${sourcePages} in the source index) in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}

async function writeSourceIndex(out: string): Promise<number> {
  const { index } = await createIndex({});
  if (!index) return 0;
  const added = await index.addDirectory({ path: out, glob: `${sourceLocale}/**/*.html` });
  if (added.page_count === 0) return 0;
  await index.writeFiles({ outputPath: join(out, SOURCE_INDEX_PATH) });
  return added.page_count;
}
