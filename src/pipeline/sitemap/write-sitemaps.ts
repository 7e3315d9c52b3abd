/**
 * The site's sitemaps, locale by locale: one or more files per locale with indexable articles
 * (split-sitemap.ts), then the index that lists them (sitemap-index.ts), all through one sink. Plain
 * TypeScript, no Astro: the build writes them to dist/ (src/astro/write-site-files.ts), tests to memory.
 *
 * Constant work per article (its alternates are its translations, at most one per locale) and memory bounded
 * by one `<url>` element plus a reference per article: no string of a whole locale, let alone of the site.
 * Everything comes from the content, sorted, so every shard and every rebuild writes the same bytes.
 *
 * A site with no indexable article gets no sitemap at all (a sitemap or an index must list at least one
 * entry, by the protocol's schema), and robots.txt names none (src/pages/robots.txt.ts).
 */
import { sitemapIndexXml, SITEMAP_INDEX } from './sitemap-index.ts';
import { indexablePages, sitemapUrl, type IndexablePages, type SitemapArticle, type SitemapUrl } from './sitemap-url.ts';
import { PROTOCOL_LIMITS, splitSitemap, type SitemapFile, type SitemapLimits, type SitemapSink } from './split-sitemap.ts';

export interface SitemapOptions {
  site: string;
  sourceLocale: string;
  /** The protocol's limits unless a test asks for smaller ones (HELP_SITEMAP_LIMITS, src/site-options.ts). */
  limits?: SitemapLimits | undefined;
}

export function writeSitemaps(articles: readonly SitemapArticle[], sink: SitemapSink, options: SitemapOptions): SitemapFile[] {
  const indexable = indexablePages(articles, options.site);
  const byLocale = new Map<string, SitemapArticle[]>();
  for (const a of articles) {
    if (!indexable.has(a.url)) continue;
    const list = byLocale.get(a.locale);
    if (list) list.push(a);
    else byLocale.set(a.locale, [a]);
  }
  const files: SitemapFile[] = [];
  const owners = new Map<string, string>();
  for (const locale of [...byLocale.keys()].sort(byCodeUnits)) {
    const list = byLocale.get(locale)!.sort((a, b) => byCodeUnits(a.url, b.url));
    // Checked before the file takes its name: `es` in 419 parts and the locale `es-419` both make sitemap-es-419.xml.
    const named: SitemapSink = {
      begin: () => sink.begin(),
      write: (chunk) => sink.write(chunk),
      end: (name) => {
        const other = owners.get(name);
        if (other !== undefined) throw new Error(`The sitemaps of ${other} and ${locale} would both be written to ${name}.`);
        owners.set(name, locale);
        sink.end(name);
      },
    };
    files.push(...splitSitemap(locale, urlsOf(list, indexable, options), named, options.limits ?? PROTOCOL_LIMITS));
  }
  if (files.length === 0) return files;
  sink.begin();
  sink.write(sitemapIndexXml(files, options.site));
  sink.end(SITEMAP_INDEX);
  return files;
}

/** One `<url>` element at a time, made as the splitter asks for it. */
function* urlsOf(articles: readonly SitemapArticle[], indexable: IndexablePages, options: SitemapOptions): Generator<SitemapUrl> {
  for (const a of articles) yield sitemapUrl(a, indexable, options.sourceLocale);
}

/** Plain code-unit order: the same in every process, whatever its ICU data. */
function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
