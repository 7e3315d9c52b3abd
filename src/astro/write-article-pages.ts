/**
 * Writes the article and fallback pages at the end of a build: each article's parts (article-parts.ts) are
 * stamped into its locale's shell, which Astro rendered once (src/pages/article-shell/). Rendering 12,000
 * pages through Astro took most of a corpus build; stamping them takes a few seconds.
 *
 * The content loader hands the articles over (`handArticlesToPageWriter`): Astro loads the loader and the
 * integrations as separate module instances, so the hand-over goes through a global symbol.
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { articleParts } from '../article-pages/article-parts.ts';
import { articlePagesToWrite } from '../article-pages/article-pages.ts';
import { parseShell, type StampArticle } from '../article-pages/shell.ts';
import type { ArticlePage } from '../pipeline/article-schema.ts';
import type { LocaleInfo } from '../pipeline/locales.ts';
import { sourceLocale } from '../i18n/site-config.ts';
import { inShard } from './shard.ts';

export interface ArticleToWrite {
  page: ArticlePage;
  html: string;
}

const HANDOFF = Symbol.for('help-site.article-pages');
type Handoff = { articles: readonly ArticleToWrite[]; locales: readonly LocaleInfo[] };
const store = globalThis as unknown as Record<symbol, Handoff | undefined>;

export function handArticlesToPageWriter(handoff: Handoff) {
  store[HANDOFF] = handoff;
}

/** Files in flight at a time: enough to keep the disk busy, few enough to keep memory flat. */
const WRITES = 32;

export function writeArticlePages(): AstroIntegration {
  let site = 'https://help.example.com/';
  return {
    name: 'help-article-pages',
    hooks: {
      'astro:config:done': ({ config }) => {
        if (config.site) site = config.site;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const handoff = store[HANDOFF];
        store[HANDOFF] = undefined;
        if (!handoff) throw new Error('No articles were handed to the page writer: the help-articles content loader did not run in this build.');
        const out = fileURLToPath(dir);
        const shellRoot = join(out, 'article-shell');
        const shells = new Map<string, StampArticle>();
        for (const locale of handoff.locales.filter((l) => inShard(l.folder))) {
          const file = join(shellRoot, locale.folder, 'index.html');
          shells.set(locale.folder, parseShell(await readFile(file, 'utf8'), file));
        }
        await rm(shellRoot, { recursive: true, force: true });

        const pages = articlePagesToWrite(handoff.articles, handoff.locales, sourceLocale, inShard);
        let next = 0;
        const worker = async () => {
          while (next < pages.length) {
            const { id, article, fallbackFor } = pages[next++]!;
            const parts = articleParts(article.page, article.html, { site, sourceLocale, fallbackFor });
            const folder = join(out, id);
            await mkdir(folder, { recursive: true });
            // 'wx': an article must never overwrite a page Astro wrote (a slug such as `search`).
            await writeFile(join(folder, 'index.html'), shells.get(parts.locale)!(parts), { flag: 'wx' }).catch((error: NodeJS.ErrnoException) => {
              if (error.code !== 'EEXIST') throw error;
              throw new Error(`${article.page.path}: its URL /${id}/ is already a page of the site. Rename the file so its slug differs.`);
            });
          }
        };
        await Promise.all(Array.from({ length: WRITES }, worker));
        logger.info(`${pages.length} article pages written in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
