/**
 * The sitemap index, `/sitemap.xml`: every sitemap file with its `<lastmod>` where known
 * (https://www.sitemaps.org/protocol.html#index). It keeps the address robots.txt, search consoles and people
 * already know; crawlers tell an index from a sitemap by its root element, not its name.
 *
 * An index has the same limits as a sitemap (50,000 entries, 52,428,800 bytes) and cannot list other
 * indexes, so past them there is nothing valid to write: an error, not a truncated index. That is 2.5 billion
 * URLs at 50,000 a file.
 */
import { escapeXml } from '../../article-pages/html-escape.ts';
import { absolute } from '../seo.ts';
import { PROTOCOL_LIMITS, type SitemapFile } from './split-sitemap.ts';

export const SITEMAP_INDEX = 'sitemap.xml';

export function sitemapIndexXml(files: readonly SitemapFile[], site: string): string {
  if (files.length > PROTOCOL_LIMITS.urls) throw new Error(`The site needs ${files.length} sitemap files; a sitemap index lists at most ${PROTOCOL_LIMITS.urls}.`);
  const entries = files.map((f) => {
    const lastmod = f.lastmod ? `    <lastmod>${escapeXml(f.lastmod)}</lastmod>\n` : '';
    return `  <sitemap>\n    <loc>${escapeXml(absolute(site, `/${f.name}`))}</loc>\n${lastmod}  </sitemap>\n`;
  });
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries.join('')}</sitemapindex>\n`;
  const bytes = Buffer.byteLength(xml);
  if (bytes > PROTOCOL_LIMITS.bytes) throw new Error(`The sitemap index would be ${bytes} bytes; the protocol allows ${PROTOCOL_LIMITS.bytes}.`);
  return xml;
}
