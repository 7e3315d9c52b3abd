/**
 * The sitemaps of a real build: an indexable site in four locales, generated here, built with small split
 * limits (HELP_SITEMAP_LIMITS=5,2500: the protocol's 50,000 URLs would take a 50,000-article build; the
 * splitter is tested at the real limits in test/unit/sitemaps.test.ts). Every file is read with a real XML
 * parser that checks it against the protocol (helpers/sitemap-xml.ts), from robots.txt down.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SITEMAP_FILE_NAME } from '../src/pipeline/sitemap/split-sitemap.ts';
import { buildSite, outputRoot } from './helpers/build-site.ts';
import { page } from './helpers/html.ts';
import { parseSitemap, type SitemapEntry } from './helpers/sitemap-xml.ts';

const LIMITS = { urls: 5, bytes: 2500 };
const site = 'https://help.example.com';
const out = join(outputRoot, 'site-sitemaps');
const tags: Record<string, string> = { 'en-us': 'en-US', 'nl-nl': 'nl-NL', 'de-de': 'de-DE', 'ja-jp': 'ja-JP' };

/** Which articles each locale has; `!` marks ROBOTS: NOINDEX. */
const content: Record<string, string[]> = {
  'en-us': [...numbered('article', 12), 'café-ünïcode', 'hidden!', 'only-english', 'noindex-source!'],
  'nl-nl': [...numbered('article', 8), 'café-ünïcode', 'hidden', 'noindex-source'],
  'de-de': [...numbered('article', 4), ...numbered('nur-deutsch', 7), 'noindex-source'],
  'ja-jp': numbered('article', 2),
};

function numbered(name: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => `${name}-${String(i + 1).padStart(2, '0')}`);
}

const slug = (name: string) => name.replace(/!$/, '').normalize('NFC');
const date = (locale: string, i: number) => `2021-0${1 + Object.keys(content).indexOf(locale)}-${String(10 + i).padStart(2, '0')}`;
const indexable = Object.entries(content).flatMap(([locale, names]) => names.filter((n) => !n.endsWith('!')).map((n) => `${site}${new URL(`/${locale}/${slug(n)}/`, site).pathname}`));

let contentDir = '';
let sitemaps: Map<string, ReturnType<typeof parseSitemap>>;
let entries: SitemapEntry[];

beforeAll(() => {
  contentDir = join(mkdtempSync(join(tmpdir(), 'help-sitemaps-')), 'content');
  for (const [locale, names] of Object.entries(content)) {
    mkdirSync(join(contentDir, locale), { recursive: true });
    names.forEach((name, i) => {
      const robots = name.endsWith('!') ? 'ROBOTS: NOINDEX\n' : '';
      const front = `---\ntitle: ${slug(name)} (${locale})\nms.date: ${date(locale, i)}\nms.contentlocale: ${tags[locale]}\n${robots}---\n`;
      writeFileSync(join(contentDir, locale, `${slug(name)}.md`), `${front}# ${slug(name)}\n\nText of ${slug(name)} in ${locale}.\n`);
    });
  }
  rmSync(out, { recursive: true, force: true });
  const { status, output } = buildSite(contentDir, out, { SEARCH: '0', HELP_SITEMAP_LIMITS: `${LIMITS.urls},${LIMITS.bytes}` });
  if (status !== 0) throw new Error(output);
  sitemaps = new Map(readdirSync(out).filter((n) => n === 'sitemap.xml' || SITEMAP_FILE_NAME.test(n)).map((n) => [n, parseSitemap(readFileSync(join(out, n), 'utf8'))]));
  entries = [...sitemaps].filter(([n]) => n !== 'sitemap.xml').flatMap(([, s]) => s.entries);
}, 180_000);

afterAll(() => rmSync(join(contentDir, '..'), { recursive: true, force: true }));

describe('robots.txt and the index', () => {
  it('robots.txt names the index at /sitemap.xml, which lists every sitemap file of the build and nothing else', () => {
    const robots = readFileSync(join(out, 'robots.txt'), 'utf8');
    expect(robots.match(/^Sitemap: (.*)$/gm)).toEqual([`Sitemap: ${site}/sitemap.xml`]);
    const index = sitemaps.get('sitemap.xml')!;
    expect(index.kind).toBe('sitemapindex');
    const files = [...sitemaps.keys()].filter((n) => n !== 'sitemap.xml');
    expect(index.entries.map((e) => e.loc)).toEqual(files.map((n) => `${site}/${n}`));
    for (const name of files) expect(sitemaps.get(name)!.kind).toBe('urlset');
  });

  it('dates each file by the latest date of the pages it lists and their alternates', () => {
    const index = sitemaps.get('sitemap.xml')!;
    for (const { loc, lastmod } of index.entries) {
      const file = sitemaps.get(loc.slice(site.length + 1))!;
      const dates = file.entries.flatMap((e) => [e.lastmod!, ...e.alternates.map((a) => entries.find((o) => o.loc === a.href)!.lastmod!)]);
      expect(lastmod).toBe(dates.sort().at(-1));
    }
  });
});

describe('the sitemap files', () => {
  it('are per locale, split by count and by size, none over the limits', () => {
    const names = [...sitemaps.keys()].filter((n) => n !== 'sitemap.xml');
    // Four URLs with alternates fill 2,500 bytes before the fifth; ja-jp fits in one file, unnumbered.
    expect(names.map((n) => [n, sitemaps.get(n)!.entries.length])).toEqual([
      ['sitemap-de-de-1.xml', 4], ['sitemap-de-de-2.xml', 5], ['sitemap-de-de-3.xml', 3],
      ['sitemap-en-us-1.xml', 4], ['sitemap-en-us-2.xml', 5], ['sitemap-en-us-3.xml', 5],
      ['sitemap-ja-jp.xml', 2],
      ['sitemap-nl-nl-1.xml', 4], ['sitemap-nl-nl-2.xml', 5], ['sitemap-nl-nl-3.xml', 2],
    ]);
    const closed = { byCount: 0, bySize: 0 };
    for (const name of names) {
      const bytes = readFileSync(join(out, name)).byteLength;
      const urls = sitemaps.get(name)!.entries.length;
      expect(bytes).toBeLessThanOrEqual(LIMITS.bytes);
      expect(urls).toBeLessThanOrEqual(LIMITS.urls);
      const part = /-(\d+)\.xml$/.exec(name);
      const last = !part || !names.includes(name.replace(/-\d+\.xml$/, `-${Number(part[1]) + 1}.xml`));
      if (!last && urls === LIMITS.urls) closed.byCount++;
      if (!last && urls < LIMITS.urls) closed.bySize++;
    }
    expect(closed.byCount).toBeGreaterThan(0);
    expect(closed.bySize).toBeGreaterThan(0);
  });

  it('list every indexable article exactly once, each a page of the build, and no NOINDEX article or fallback page', () => {
    expect(entries.map((e) => e.loc).sort()).toEqual([...indexable].sort());
    for (const { loc } of entries) expect(existsSync(join(out, decodeURIComponent(new URL(loc).pathname), 'index.html'))).toBe(true);
    // Built, but not URLs of their own: the NOINDEX source, and the fallback page showing it in Dutch.
    for (const url of ['/en-us/hidden/', '/nl-nl/only-english/']) {
      expect(existsSync(join(out, url, 'index.html'))).toBe(true);
      expect(entries.map((e) => e.loc)).not.toContain(`${site}${url}`);
    }
  });

  it('give each URL its date, and its alternates by Google’s rules: every indexable translation, itself included, x-default → en-us', () => {
    const byLoc = new Map(entries.map((e) => [e.loc, e]));
    for (const e of entries) {
      const [, locale = '', name = ''] = /^https:\/\/[^/]+\/([^/]+)\/(.+)\/$/.exec(decodeURIComponent(e.loc))!;
      expect(e.lastmod).toBe(date(locale, content[locale]!.findIndex((n) => slug(n) === name)));
      if (e.alternates.length === 0) continue;
      expect(e.alternates).toContainEqual({ hreflang: tags[locale], href: e.loc });
      const source = `${site}${new URL(`/en-us/${name}/`, site).pathname}`;
      const xDefault = e.alternates.filter((a) => a.hreflang === 'x-default');
      expect(xDefault).toEqual(byLoc.has(source) ? [{ hreflang: 'x-default', href: source }] : []);
      // Both ways: every alternate is a URL of the sitemap that names the same alternates.
      for (const alt of e.alternates) expect(byLoc.get(alt.href)!.alternates).toEqual(e.alternates);
    }
    expect(byLoc.get(`${site}/de-de/article-01/`)!.alternates.map((a) => a.hreflang)).toEqual(['de-DE', 'en-US', 'ja-JP', 'nl-NL', 'x-default']);
    expect(byLoc.get(`${site}/de-de/nur-deutsch-01/`)!.alternates).toEqual([]);
    // The NOINDEX source is nobody's alternate: its Dutch translation has no x-default.
    expect(byLoc.get(`${site}/nl-nl/hidden/`)!.alternates).toEqual([]);
    expect(byLoc.get(`${site}/nl-nl/noindex-source/`)!.alternates.map((a) => a.hreflang)).toEqual(['de-DE', 'nl-NL']);
  });

  it('name the same alternates as the page’s own <link rel="alternate"> tags', () => {
    const e = entries.find((x) => x.loc === `${site}/nl-nl/article-01/`)!;
    const links = page(out, '/nl-nl/article-01/').all('link[rel=alternate]').map((l) => ({ hreflang: String(l.properties['hrefLang']), href: String(l.properties['href']) }));
    expect(links).toEqual(e.alternates);
  });

  it('percent-encode non-ASCII slugs, so every file is plain ASCII', () => {
    expect(entries.map((e) => e.loc)).toContain(`${site}/en-us/caf%C3%A9-%C3%BCn%C3%AFcode/`);
    for (const name of sitemaps.keys()) expect(readFileSync(join(out, name)).every((byte) => byte < 0x80)).toBe(true);
  });
});

describe('a site with no indexable article', () => {
  it('has no sitemap, and robots.txt names none (the protocol has no empty sitemap or index)', () => {
    const folder = join(contentDir, '..', 'all-noindex');
    mkdirSync(join(folder, 'en-us'), { recursive: true });
    writeFileSync(join(folder, 'en-us', 'hidden.md'), '---\ntitle: Hidden\nms.contentlocale: en-US\nROBOTS: NOINDEX\n---\n# Hidden\n\nText.\n');
    const dist = join(outputRoot, 'site-sitemaps-none');
    rmSync(dist, { recursive: true, force: true });
    const { status, output } = buildSite(folder, dist, { SEARCH: '0' });
    expect(status, output).toBe(0);
    expect(existsSync(join(dist, 'en-us/hidden/index.html'))).toBe(true);
    expect(readdirSync(dist).filter((n) => n === 'sitemap.xml' || SITEMAP_FILE_NAME.test(n))).toEqual([]);
    expect(readFileSync(join(dist, 'robots.txt'), 'utf8')).toBe('User-agent: *\nDisallow: /fwlink/\nDisallow: /l10n/\n');
  }, 120_000);
});
