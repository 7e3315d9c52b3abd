/**
 * Writes one locale's `<url>` elements into sitemap files within the protocol's limits: 50,000 URLs and
 * 52,428,800 bytes uncompressed per file (https://www.sitemaps.org/protocol.html#index). It streams: each
 * element goes to the sink as it comes and only its byte count is kept, so memory does not grow with the
 * locale. The size is the UTF-8 bytes written, counted, never estimated.
 *
 *   nl-nl, fits in one file   → sitemap-nl-nl.xml
 *   nl-nl, needs three        → sitemap-nl-nl-1.xml, sitemap-nl-nl-2.xml, sitemap-nl-nl-3.xml
 *
 * The files sit at the top of the site: a sitemap may only list URLs under its own folder
 * (https://www.sitemaps.org/protocol.html#location), so `/sitemaps/nl-nl.xml` could not list `/nl-nl/…`.
 * Whether a locale needs more than one file is known only at its end, so the sink names a file when it closes.
 */
import { latest, type SitemapUrl } from './sitemap-url.ts';

export interface SitemapLimits {
  urls: number;
  bytes: number;
}

export const PROTOCOL_LIMITS: SitemapLimits = { urls: 50_000, bytes: 52_428_800 };

/** Where sitemap files go: one open at a time; `end` closes it under its name (`sitemap-nl-nl-2.xml`). */
export interface SitemapSink {
  begin(): void;
  write(chunk: string): void;
  end(name: string): void;
}

export interface SitemapFile {
  /** File name at the top of the site. */
  name: string;
  urls: number;
  bytes: number;
  /** The latest `lastmod` of what it lists; undefined when one is unknown. */
  lastmod: string | undefined;
}

export const URLSET_OPEN = '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n';
export const URLSET_CLOSE = '</urlset>\n';
const OPEN_BYTES = Buffer.byteLength(URLSET_OPEN);
const CLOSE_BYTES = Buffer.byteLength(URLSET_CLOSE);

/** `sitemap-nl-nl.xml`, or part 2 of several: `sitemap-nl-nl-2.xml`. */
export function sitemapFileName(locale: string, part?: number): string {
  return part === undefined ? `sitemap-${locale}.xml` : `sitemap-${locale}-${part}.xml`;
}

/** Every name sitemapFileName gives (publish-policy.ts keeps content files off them). */
export const SITEMAP_FILE_NAME = /^sitemap-[a-z0-9-]+\.xml$/;

export function splitSitemap(locale: string, urls: Iterable<SitemapUrl>, sink: SitemapSink, limits: SitemapLimits = PROTOCOL_LIMITS): SitemapFile[] {
  const files: SitemapFile[] = [];
  let open: Omit<SitemapFile, 'name'> | undefined;
  const close = (name: string) => {
    sink.write(URLSET_CLOSE);
    sink.end(name);
    files.push({ name, urls: open!.urls, bytes: open!.bytes + CLOSE_BYTES, lastmod: open!.lastmod });
    open = undefined;
  };
  for (const url of urls) {
    const bytes = Buffer.byteLength(url.xml);
    if (OPEN_BYTES + bytes + CLOSE_BYTES > limits.bytes) {
      throw new Error(`A sitemap entry of ${locale} is ${bytes} bytes, too big for a sitemap file of at most ${limits.bytes} bytes; give HELP_SITEMAP_LIMITS a larger byte limit, or unset it for the protocol's. The entry: ${url.xml.slice(0, 200)}`);
    }
    if (open && (open.urls === limits.urls || open.bytes + bytes + CLOSE_BYTES > limits.bytes)) close(sitemapFileName(locale, files.length + 1));
    if (!open) {
      sink.begin();
      sink.write(URLSET_OPEN);
      open = { urls: 0, bytes: OPEN_BYTES, lastmod: url.lastmod };
    }
    sink.write(url.xml);
    open.urls++;
    open.bytes += bytes;
    open.lastmod = latest(open.lastmod, url.lastmod);
  }
  if (open) close(sitemapFileName(locale, files.length === 0 ? undefined : files.length + 1));
  return files;
}
