/**
 * Writes the article and fallback pages at the end of a build: each article's parts (article-parts.ts) are
 * stamped into its locale's shell, which Astro rendered once (src/pages/article-shell/). Rendering 12,000
 * pages through Astro took most of a corpus build; stamping them takes a second.
 *
 * A page whose HTML is the same as in the last build is not written again: the locale folders move aside
 * before Astro empties dist/ and come back with only changed pages rewritten (previous-output.ts). The
 * record of the last build (page → hash) is kept in Astro's cache folder with the output folder it is for.
 *
 * The articles come from the build session (build-session.ts), which the content loader filled; their HTML
 * is read back one locale at a time (`localeHtml`: the pipeline set it aside in the render cache), with the
 * source locale's, which fallback pages show, kept throughout. So the HTML held is two locales', not the site's.
 */
import { createHash } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import { articleParts } from '../article-pages/article-parts.ts';
import { articlePagesToWrite, type ArticlePageToWrite } from '../article-pages/article-pages.ts';
import { parseShell, type StampArticle } from '../article-pages/shell.ts';
import { sourceLocale } from '../i18n/site-config.ts';
import { readOutputRecord, restore, setAside, stashFolder, writeOutputRecord } from './previous-output.ts';
import { inShard } from './shard.ts';
import { stopPoint } from './stop-at.ts';
import type { BuildSession } from './build-session.ts';
import { toArticlePage, type ArticlePage } from '../pipeline/article-schema.ts';
import { writeFilesInParallel } from './write-files.ts';

/** What the last build into an output folder wrote: `nl-nl/slug/index.html` → hash of its HTML. */
type Written = Record<string, string>;

interface ArticleToWrite {
  page: ArticlePage;
}

const hashOf = (html: string) => createHash('sha1').update(html).digest('hex');

/** Pages stamped and written together: enough for the parallel writes, few enough to hold. */
const WRITE_BATCH = 256;

const recordOf = (session: BuildSession) => join(session.cacheDir, 'help-article-pages.json');
const stashOf = (session: BuildSession) => stashFolder(session.cacheDir, 'article-pages');

/** Before Astro empties dist/: the last build's locale folders move aside, and its record goes (previous-output.ts). */
export function setArticlePagesAside(session: BuildSession): Written {
  const previous = readOutputRecord<Written>(recordOf(session), session.outDir) ?? {};
  const folders = new Set(Object.keys(previous).map((file) => file.split('/')[0]!));
  setAside(session.outDir, stashOf(session), recordOf(session), [...folders].filter(inShard));
  return previous;
}

/** At the end of the build: every article and fallback page, stamped into its locale's shell. */
export async function writeArticlePages(session: BuildSession, previous: Written, out: string, logger: AstroIntegrationLogger) {
  const started = performance.now();
  const content = session.content;
  if (!content) throw new Error('No content in this build session: the help-content loader did not run.');
  const articles: ArticleToWrite[] = content.articles.map(({ data }) => ({ page: toArticlePage(data) }));
  const site = session.site;
  const stash = stashOf(session);
  const shellRoot = join(out, 'article-shell');
  const shells = new Map<string, StampArticle>();
  for (const locale of content.locales.filter((l) => inShard(l.folder))) {
    const file = join(shellRoot, locale.folder, 'index.html');
    shells.set(locale.folder, parseShell(readFileSync(file, 'utf8'), file));
  }
  rmSync(shellRoot, { recursive: true, force: true });

  const byLocale = new Map<string, ArticlePageToWrite<ArticleToWrite>[]>();
  for (const page of articlePagesToWrite(articles, content.locales, sourceLocale, inShard)) {
    const locale = page.id.slice(0, page.id.indexOf('/'));
    const list = byLocale.get(locale) ?? [];
    list.push(page);
    byLocale.set(locale, list);
  }

  // One locale at a time, so only one locale's HTML is in memory (and the source locale's, for fallback
  // pages). Its pages are stamped and hashed first, each let go of at once: which pages are unchanged decides
  // what comes back from the last build. The changed ones are stamped again as they are written, a few
  // hundred at a time: holding a locale's pages until written was the build's peak (two stampings cost a
  // tenth of a millisecond a page).
  const hashes = new Map<string, string>();
  let written = 0;
  const sourceHtml = content.localeHtml(sourceLocale);
  for (const locale of shells.keys()) {
    const localeHtml = locale === sourceLocale ? sourceHtml : content.localeHtml(locale);
    const stamp = ({ article, fallbackFor }: ArticlePageToWrite<ArticleToWrite>) => {
      const html = (article.page.locale === sourceLocale ? sourceHtml : localeHtml).get(article.page.path);
      if (html === undefined) throw new Error(`${article.page.path}: no rendered HTML for its page ${article.page.url}`);
      return shells.get(locale)!(articleParts(article.page, html, { site, sourceLocale, fallbackFor }));
    };
    const fileOf = (page: ArticlePageToWrite<ArticleToWrite>) => `${page.id.slice(locale.length + 1)}/index.html`;
    const pages = byLocale.get(locale) ?? [];
    // With no page of the locale in the last build's record (a cold build, a new locale), every page is
    // written: each is stamped once, and hashed as it is written (stamping twice was 0.8 s at 12,000 pages).
    const recorded = pages.some((page) => previous[`${locale}/${fileOf(page)}`] !== undefined);
    if (recorded) for (const page of pages) hashes.set(`${locale}/${fileOf(page)}`, hashOf(stamp(page)));
    const unchanged = (file: string) => recorded && previous[`${locale}/${file}`] !== undefined && previous[`${locale}/${file}`] === hashes.get(`${locale}/${file}`);
    const { kept, fresh } = restore(out, stash, locale, unchanged);
    const changed = pages.filter((page) => {
      const file = fileOf(page);
      // An article must never replace a page Astro wrote (a slug such as `search`).
      if (fresh.has(file)) throw new Error(`${page.article.page.path}: its URL /${locale}/${file.slice(0, -'index.html'.length)} is already a page of the site. Rename the file so its slug differs.`);
      return !kept.has(file);
    });
    for (let i = 0; i < changed.length; i += WRITE_BATCH) {
      await writeFilesInParallel(
        changed.slice(i, i + WRITE_BATCH).map((page) => {
          const data = stamp(page);
          if (!recorded) hashes.set(`${locale}/${fileOf(page)}`, hashOf(data));
          return { path: join(out, locale, fileOf(page)), data };
        }),
      );
    }
    written += changed.length;
    await stopPoint('article-pages'); // test-only (stop-at.ts): stops after the first locale
  }
  rmSync(stash, { recursive: true, force: true }); // what is left: locales this build no longer writes
  writeOutputRecord<Written>(recordOf(session), out, Object.fromEntries(hashes));
  logger.info(`${hashes.size} article pages (${written} written, ${hashes.size - written} unchanged) in ${Math.round(performance.now() - started)} ms`);
}
