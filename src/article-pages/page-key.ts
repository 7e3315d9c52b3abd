/**
 * What an article page is made from, as one short key, so a rebuild can tell a page is the same as last
 * time without stamping it. At 110,000 pages, stamping every page to hash it was a fifth of a rebuild
 * after one article changed.
 *
 * A page is its locale's shell with the parts of article-parts.ts put in. The parts come from:
 * - the article's page facts (front matter, URL, dates, excerpt: `ArticlePage` without its translations);
 * - its translations: every article of its slug group (link-translations.ts);
 * - its HTML, which its render cache key decides (render-plan.ts: same key, same HTML);
 * - the reader's locale when it is a fallback page;
 * - the code that joins them (this folder, the UI strings, the locale table, seo.ts, ...), Node's
 *   date formatting, the site URL and the source locale: the build's `codeFingerprint`.
 *
 * A key that differs does not mean the page differs: the page writer then stamps the page and compares its
 * hash (write-article-pages.ts). A key that matches means it is the same.
 */
import { createHash, randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ArticlePage } from '../pipeline/article-schema.ts';

const sha1 = (text: string) => createHash('sha1').update(text).digest('hex');

/**
 * Every file of the site's code folder (`src/`), with the Node version (dates are formatted by its ICU),
 * the site URL and the source locale. Any change to the code gives every page a new key: such a rebuild
 * stamps and hashes every page, as a build did before keys. A symbolic link in the folder (code kept
 * elsewhere) gives a fingerprint of its own each build: a change behind it could not be seen here.
 */
export function codeFingerprint(codeDir: string, site: string, sourceLocale: string): string {
  const hash = createHash('sha1').update(`${process.version}\n${process.versions.icu}\n${site}\n${sourceLocale}\n`);
  let linked = false;
  const walk = (dir: string, prefix: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = `${prefix}${entry.name}`;
      if (entry.isSymbolicLink()) linked = true;
      else if (entry.isDirectory()) walk(join(dir, entry.name), `${path}/`);
      else if (entry.isFile()) hash.update(`\0${path}\0`).update(readFileSync(join(dir, entry.name)));
    }
  };
  walk(codeDir, '');
  return linked ? randomUUID() : hash.digest('hex');
}

/**
 * The key of each page of one build. Translations are shared by the articles of a slug group: their part of
 * the key is computed once per group, not per page (at 36 locales a page has 35 translations).
 */
export function pageKeys(fingerprint: string): (page: ArticlePage, htmlKey: string, shellKey: string, fallbackFor?: string) => string {
  const groups = new Map<string, string>();
  return (page, htmlKey, shellKey, fallbackFor) => {
    const { translations, ...own } = page;
    let group = groups.get(page.slug);
    if (group === undefined) {
      // The group: this article and its translations, in one shape and in order, so any of its pages gives
      // the same key. A link's native name comes from the locale table, which the fingerprint covers.
      const link = (l: { locale: string; tag: string; dir: string; url: string; title: string }) => JSON.stringify([l.locale, l.tag, l.dir, l.url, l.title]);
      const members = [link({ ...page, tag: page.lang }), ...translations.map(link)].sort();
      group = sha1(members.join('\n'));
      groups.set(page.slug, group);
    }
    // As JSON: no value (a path may hold a line break) can pass for the one after it.
    return sha1(JSON.stringify([fingerprint, shellKey, fallbackFor ?? '', htmlKey, group, own]));
  };
}

export function shellKey(shellHtml: string): string {
  return sha1(shellHtml);
}
