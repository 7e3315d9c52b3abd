/**
 * The site files made from all articles at once, written from the build session at the end of a build:
 * `dist/content-manifest.json` (every content file with its page or the reason it has none) and
 * `dist/sitemap.xml` (indexable articles with their hreflang alternates, rules in src/pipeline/seo.ts).
 * They are the same in every shard: every shard reads all content.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BuildSession } from './build-session.ts';
import { sourceLocale } from '../i18n/site-config.ts';
import { sitemapXml } from '../pipeline/seo.ts';

export function writeSiteFiles(session: BuildSession, out: string) {
  const content = session.content;
  if (!content) throw new Error('No content in this build session: the help-content loader did not run.');
  const entries = [...content.manifest].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const files = {
    articles: entries.filter((e) => e.url !== undefined && e.kind === 'article').length,
    // Pictures the publishing policy allows; each is published where an article shows it (the build names unused ones).
    pictures: entries.filter((e) => e.url !== undefined && e.kind === 'asset').length,
    notPublished: entries.filter((e) => e.url === undefined).length,
  };
  writeFileSync(join(out, 'content-manifest.json'), JSON.stringify({ files, entries }, null, 1));
  const articles = content.articles.map(({ data }) => ({
    locale: data.locale,
    tag: data.lang,
    url: data.url,
    noindex: data.noindex,
    translations: data.translations,
    lastModified: data.date ?? data.lastHandoff,
  }));
  writeFileSync(join(out, 'sitemap.xml'), sitemapXml(articles, sourceLocale, session.site));
}
