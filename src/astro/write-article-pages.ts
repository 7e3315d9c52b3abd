/**
 * Writes the article and fallback pages at the end of a build: each article's parts (article-parts.ts) are
 * stamped into its locale's shell, which Astro rendered once (src/pages/article-shell/). Rendering 12,000
 * pages through Astro took most of a corpus build; stamping them takes a second.
 *
 * A page whose HTML is the same as in the last build is not written again: the locale folders move aside
 * before Astro empties dist/ and come back with only changed pages rewritten (previous-output.ts). The
 * record of the last build (page → hash) is kept in Astro's cache folder with the output folder it is for.
 *
 * The content loader hands the articles over (`handArticlesToPageWriter`): Astro loads the loader and the
 * integrations as separate module instances, so the hand-over goes through a global symbol.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { articleParts } from '../article-pages/article-parts.ts';
import { articlePagesToWrite } from '../article-pages/article-pages.ts';
import { parseShell, type StampArticle } from '../article-pages/shell.ts';
import type { ArticlePage } from '../pipeline/article-schema.ts';
import type { LocaleInfo } from '../pipeline/locales.ts';
import { sourceLocale } from '../i18n/site-config.ts';
import { dropStashed, restore, stash } from './previous-output.ts';
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

/** The last content load's articles, for `astro dev`, where the article route renders them one by one. */
export function articlesHandedOver(): Handoff {
  return store[HANDOFF] ?? { articles: [], locales: [] };
}

/** What the last build into an output folder wrote: `nl-nl/slug/index.html` → hash of its HTML. */
interface Written {
  outDir: string;
  pages: Record<string, string>;
}

export function writeArticlePages(): AstroIntegration {
  let site = 'https://help.example.com/';
  let cacheDir = '';
  let outDir = '';
  let recordFile = '';
  let previous: Written = { outDir: '', pages: {} };
  return {
    name: 'help-article-pages',
    hooks: {
      'astro:config:done': ({ config }) => {
        if (config.site) site = config.site;
        cacheDir = fileURLToPath(config.cacheDir);
        outDir = fileURLToPath(config.outDir);
        recordFile = join(cacheDir, 'help-article-pages.json');
      },
      'astro:build:start': () => {
        previous = readRecord(recordFile, outDir);
        const folders = new Set(Object.keys(previous.pages).map((file) => file.split('/')[0]!));
        stash(outDir, cacheDir, [...folders].filter(inShard));
      },
      'astro:build:done': ({ dir, logger }) => {
        const started = performance.now();
        const handoff = store[HANDOFF];
        store[HANDOFF] = undefined;
        if (!handoff) throw new Error('No articles were handed to the page writer: the help-articles content loader did not run in this build.');
        const out = fileURLToPath(dir);
        const shellRoot = join(out, 'article-shell');
        const shells = new Map<string, StampArticle>();
        for (const locale of handoff.locales.filter((l) => inShard(l.folder))) {
          const file = join(shellRoot, locale.folder, 'index.html');
          shells.set(locale.folder, parseShell(readFileSync(file, 'utf8'), file));
        }
        rmSync(shellRoot, { recursive: true, force: true });

        // Stamped and hashed first: which pages are unchanged decides what comes back from the last build.
        const byLocale = new Map<string, { file: string; path: string; html: string; hash: string }[]>();
        const hashes = new Map<string, string>();
        for (const { id, article, fallbackFor } of articlePagesToWrite(handoff.articles, handoff.locales, sourceLocale, inShard)) {
          const parts = articleParts(article.page, article.html, { site, sourceLocale, fallbackFor });
          const html = shells.get(parts.locale)!(parts);
          const page = { file: `${id.slice(parts.locale.length + 1)}/index.html`, path: article.page.path, html, hash: createHash('sha1').update(html).digest('hex') };
          hashes.set(`${parts.locale}/${page.file}`, page.hash);
          const list = byLocale.get(parts.locale) ?? [];
          list.push(page);
          byLocale.set(parts.locale, list);
        }

        let written = 0;
        for (const locale of shells.keys()) {
          const pages = byLocale.get(locale) ?? [];
          const unchanged = (file: string) => previous.pages[`${locale}/${file}`] !== undefined && previous.pages[`${locale}/${file}`] === hashes.get(`${locale}/${file}`);
          const { kept, fresh } = restore(out, cacheDir, locale, unchanged);
          for (const page of pages) {
            // An article must never replace a page Astro wrote (a slug such as `search`).
            if (fresh.has(page.file)) throw new Error(`${page.path}: its URL /${locale}/${page.file.slice(0, -'index.html'.length)} is already a page of the site. Rename the file so its slug differs.`);
            if (kept.has(page.file)) continue;
            mkdirSync(join(out, locale, page.file, '..'), { recursive: true });
            writeFileSync(join(out, locale, page.file), page.html);
            written++;
          }
        }
        dropStashed(cacheDir, Object.keys(previous.pages).map((file) => file.split('/')[0]!).filter((l) => !shells.has(l)));
        mkdirSync(cacheDir, { recursive: true });
        writeFileSync(recordFile, JSON.stringify({ outDir: out, pages: Object.fromEntries(hashes) } satisfies Written));
        logger.info(`${hashes.size} article pages (${written} written, ${hashes.size - written} unchanged) in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}

/** The last build's record, if it was for this output folder and dist/ was not touched since. */
function readRecord(file: string, outDir: string): Written {
  try {
    const record = JSON.parse(readFileSync(file, 'utf8')) as Written;
    if (record.outDir === outDir) return record;
  } catch {
    // No record: every page is written.
  }
  return { outDir, pages: {} };
}
