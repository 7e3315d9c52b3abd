/**
 * The site files made from all articles at once, written from the build session at the end of a build:
 * `dist/content-manifest.json` (every content file with its page or the reason it has none) and the
 * sitemaps: `dist/sitemap.xml`, the index, and one or more `dist/sitemap-<locale>.xml` per locale with
 * indexable articles (rules in src/pipeline/sitemap/, written as they are made by sitemap-file-sink.ts).
 * They are the same in every shard: every shard reads all content.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BuildSession } from './build-session.ts';
import { sitemapFileSink } from './sitemap-file-sink.ts';
import { sourceLocale } from '../i18n/site-config.ts';
import { writeSitemaps } from '../pipeline/sitemap/write-sitemaps.ts';

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
  writeSitemaps(articles, sitemapFileSink(out), { site: session.site, sourceLocale, limits: session.options.HELP_SITEMAP_LIMITS });
}
