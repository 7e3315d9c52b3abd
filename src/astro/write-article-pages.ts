/**
 * Writes the article and fallback pages at the end of a build: each article's parts (article-parts.ts) are
 * stamped into its locale's shell, which Astro rendered once (src/pages/article-shell/). Rendering 12,000
 * pages through Astro took most of a corpus build; stamping them takes a second.
 *
 * A page whose HTML is the same as in the last build is not written again: the locale folders move aside
 * before Astro empties dist/ and come back with only changed pages rewritten (previous-output.ts). The
 * record of the last build (page → its key and the hash of its HTML) is kept in Astro's cache folder with
 * the output folder it is for. A page whose key is the one recorded is not even stamped (page-key.ts).
 *
 * The articles come from the build session (build-session.ts), which the content loader filled; their HTML
 * is read back one locale at a time (`localeHtml`: the pipeline set it aside in the render cache), with the
 * source locale's, which fallback pages show, kept once read. So the HTML held is two locales', not the site's.
 */
import { hash, randomUUID } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import { articlePartsMaker } from '../article-pages/article-parts.ts';
import { articlePagesToWrite, type ArticlePageToWrite } from '../article-pages/article-pages.ts';
import { codeFingerprint, pageKeys, shellKey } from '../article-pages/page-key.ts';
import { parseShell, type StampArticle } from '../article-pages/shell.ts';
import { sourceLocale } from '../i18n/site-config.ts';
import { readOutputRecord, restore, setAside, stashFolder, writeOutputRecord } from './previous-output.ts';
import { inShard } from './shard.ts';
import { stopPoint } from './stop-at.ts';
import type { BuildSession } from './build-session.ts';
import { toArticlePage, type ArticlePage } from '../pipeline/article-schema.ts';
import { encode, fileWriter } from './write-files.ts';
import { keepHeapNearLive, PAGE_WRITER_HEAP_GROWING_PERCENT } from './heap-growth.ts';

/**
 * What the last build into an output folder wrote: `nl-nl/slug/index.html` → the page's key (page-key.ts)
 * and the hash of its HTML.
 */
export type WrittenPages = Record<string, [key: string, hash: string]>;

interface ArticleToWrite {
  page: ArticlePage;
  htmlKey: string;
}

const hashOf = (html: string | Uint8Array) => hash('sha1', html);

/** Pages stamped together and sent to the writer's thread as one batch; two batches are held at most (write-files.ts). */
const WRITE_BATCH = 256;

const recordOf = (session: BuildSession) => join(session.cacheDir, 'help-article-pages.v2.json');
const stashOf = (session: BuildSession) => stashFolder(session.cacheDir, 'article-pages');

/** The site's code (src/) in every page's key; without it no page is kept by its key, each is compared by its HTML. */
function fingerprint(site: string): string {
  try {
    return codeFingerprint(fileURLToPath(new URL('..', import.meta.url)), site, sourceLocale);
  } catch {
    return randomUUID();
  }
}

/** Before Astro empties dist/: the last build's locale folders move aside, and its record goes (previous-output.ts). */
export function setArticlePagesAside(session: BuildSession): WrittenPages {
  const previous = readOutputRecord<WrittenPages>(recordOf(session), session.outDir) ?? {};
  const folders = new Set(Object.keys(previous).map((file) => file.split('/')[0]!));
  setAside(session.outDir, stashOf(session), recordOf(session), [...folders].filter(inShard));
  rmSync(join(session.cacheDir, 'help-article-pages.json'), { force: true }); // the record before page keys
  return previous;
}

/** At the end of the build: every article and fallback page, stamped into its locale's shell. */
export async function writeArticlePages(session: BuildSession, previous: WrittenPages, out: string, logger: AstroIntegrationLogger) {
  const started = performance.now();
  keepHeapNearLive(PAGE_WRITER_HEAP_GROWING_PERCENT); // the build's peak is here (heap-growth.ts)
  const content = session.content;
  if (!content) throw new Error('No content in this build session: the help-content loader did not run.');
  const articles: ArticleToWrite[] = content.articles.map(({ data, htmlKey }) => ({ page: toArticlePage(data), htmlKey }));
  const site = session.site;
  const stash = stashOf(session);
  const shellRoot = join(out, 'article-shell');
  const shells = new Map<string, { stamp: StampArticle; key: string }>();
  for (const locale of content.locales.filter((l) => inShard(l.folder))) {
    const file = join(shellRoot, locale.folder, 'index.html');
    const html = readFileSync(file, 'utf8');
    shells.set(locale.folder, { stamp: parseShell(html, file), key: shellKey(html) });
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
  // pages), and only if one of its pages must be stamped. A page whose key (page-key.ts) is the last build's
  // is the same page: it is not stamped. Another page the last build wrote is stamped and hashed, each let go
  // of at once, and kept if its hash is the same. The changed ones are stamped again as they are written, a
  // few hundred at a time: holding a locale's pages until written was the build's peak.
  const keyOf = pageKeys(fingerprint(site));
  // The last build's pages of each locale, which the record vouches are in its folder (previous-output.ts).
  const recordedPages = new Map<string, string[]>();
  for (const id of Object.keys(previous)) {
    const at = id.indexOf('/');
    const list = recordedPages.get(id.slice(0, at));
    if (list) list.push(id.slice(at + 1));
    else recordedPages.set(id.slice(0, at), [id.slice(at + 1)]);
  }
  // Two maps of strings, joined into the record at the end, and counts kept outside the stamping closure: with
  // a two-item array per page and a counter inside the closure, the 110,715-article cold build peaked 300 MB
  // higher (2.1 against 1.8 GB, the same every run) while its pages were written.
  const keys = new Map<string, string>();
  const hashes = new Map<string, string>();
  let written = 0;
  let compared = 0;
  let sourceHtml: Map<string, string> | undefined;
  const partsOf = articlePartsMaker({ site, sourceLocale });
  const writer = fileWriter();
  try {
    for (const [locale, shell] of shells) {
      let localeHtml: Map<string, string> | undefined;
      const htmlOf = (page: ArticlePage) => {
        const html = page.locale === sourceLocale ? (sourceHtml ??= content.localeHtml(sourceLocale)) : (localeHtml ??= content.localeHtml(locale));
        return html.get(page.path);
      };
      const stamp = ({ article, fallbackFor }: ArticlePageToWrite<ArticleToWrite>) => {
        const html = htmlOf(article.page);
        if (html === undefined) throw new Error(`${article.page.path}: no rendered HTML for its page ${article.page.url}`);
        return shell.stamp(partsOf(article.page, html, fallbackFor));
      };
      const fileOf = (page: ArticlePageToWrite<ArticleToWrite>) => `${page.id.slice(locale.length + 1)}/index.html`;
      const pages = byLocale.get(locale) ?? [];
      const keyOfPage = (page: ArticlePageToWrite<ArticleToWrite>) => keyOf(page.article.page, page.article.htmlKey, shell.key, page.fallbackFor?.folder);
      // A page the last build did not write gets its key and hash as it is written (all of them in a cold build).
      for (const page of pages) {
        const id = `${locale}/${fileOf(page)}`;
        const last = previous[id];
        if (!last) continue;
        const key = keyOfPage(page);
        keys.set(id, key);
        if (last[0] === key) hashes.set(id, last[1]);
        else {
          hashes.set(id, hashOf(encode(stamp(page))));
          compared++;
        }
      }
      const unchanged = (file: string) => {
        const last = previous[`${locale}/${file}`];
        return last !== undefined && last[1] === hashes.get(`${locale}/${file}`);
      };
      const { kept, fresh } = restore(out, stash, locale, unchanged, recordedPages.get(locale));
      const changed = pages.filter((page) => {
        const file = fileOf(page);
        // An article must never replace a page Astro wrote (a slug such as `search`).
        if (fresh.has(file)) throw new Error(`${page.article.page.path}: its URL /${locale}/${file.slice(0, -'index.html'.length)} is already a page of the site. Rename the file so its slug differs.`);
        return !kept.has(file);
      });
      // Each batch is stamped and hashed here while the worker writes the one before (write-files.ts).
      for (let i = 0; i < changed.length; i += WRITE_BATCH) {
        await writer.write(
          changed.slice(i, i + WRITE_BATCH).map((page) => {
            const id = `${locale}/${fileOf(page)}`;
            const data = encode(stamp(page));
            hashes.set(id, hashOf(data));
            if (!keys.has(id)) keys.set(id, keyOfPage(page));
            return { path: join(out, locale, fileOf(page)), data };
          }),
        );
      }
      written += changed.length;
      await writer.done(); // the locale is written: a stop here leaves no page half-written
      await stopPoint('article-pages'); // test-only (stop-at.ts): stops after the first locale
    }
  } finally {
    await writer.stop();
  }
  keepHeapNearLive();
  rmSync(stash, { recursive: true, force: true }); // what is left: locales this build no longer writes
  const record: WrittenPages = {};
  for (const [id, hash] of hashes) record[id] = [keys.get(id)!, hash];
  writeOutputRecord<WrittenPages>(recordOf(session), out, record);
  logger.info(`${hashes.size} article pages (${written} written, ${hashes.size - written} unchanged; ${compared + written} stamped) in ${Math.round(performance.now() - started)} ms`);
}
