/**
 * A build holds one locale's rendered HTML at a time (src/pipeline/locale-html.ts): each locale's HTML goes
 * to the render cache's file for the locale as soon as the locale is rendered and handed to search, and the
 * page writer reads it back per locale. The HTML read back is the HTML a load that keeps it gives; HTML
 * the cache lost is rendered again, never an empty page.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeHeapSnapshot } from 'node:v8';
import { afterAll, describe, expect, it } from 'vitest';
import { loadContent, type LoadOptions } from '../src/pipeline/load-content.ts';
import { openRenderCache, renderCachePath } from '../src/pipeline/render-cache-file.ts';
import { sites } from './helpers/build-site.ts';

const work = mkdtempSync(join(tmpdir(), 'help-locale-html-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The fixture site, with an article per locale whose HTML is found by a word no other text has. */
function site(name: string): string {
  const content = join(work, name);
  cpSync(sites.fixture.content, content, { recursive: true });
  for (const locale of ['en-us', 'he-il']) writeFileSync(join(content, locale, 'marked.md'), `---\ntitle: Marked\n---\n\n# Marked\n\nSome *Zqxmarker${locale}* text.\n`);
  return content;
}
const rendered = (locale: string) => `<em>Zqxmarker${locale}</em>`;

function load(content: string, cacheFolder: string, options: Partial<LoadOptions> = {}) {
  const cache = openRenderCache(renderCachePath(cacheFolder));
  const loaded = loadContent({ contentDir: content, displayRoot: 'content', cache, setAside: true, ...options });
  cache.save();
  return { loaded, cache };
}

/** Every locale's HTML by path, as a load that keeps it in the articles gives it. */
function inMemory(content: string) {
  const loaded = loadContent({ contentDir: content, displayRoot: 'content' });
  return Object.fromEntries(loaded.locales.map((l) => [l.folder, Object.fromEntries(loaded.localeHtml(l.folder))]));
}

/** Whether any string in this thread's heap (after a full collection) contains `text`. */
function heapHolds(text: string): boolean {
  const file = writeHeapSnapshot(join(work, `${Date.now()}.heapsnapshot`));
  try {
    const snapshot = JSON.parse(readFileSync(file, 'utf8')) as { strings: string[] };
    return snapshot.strings.some((s) => s.includes(text));
  } finally {
    unlinkSync(file);
  }
}

describe('HTML set aside per locale', () => {
  it('lets go of each locale’s HTML once it is handed on, and reads the same HTML back one locale at a time', () => {
    const content = site('cold');
    const handed: Record<string, boolean> = {};
    const filesWhenHanded: string[][] = [];
    const { loaded } = load(content, join(work, 'cold-cache'), {
      onLocaleRendered: (locale, articles) => {
        const folder = renderCachePath(join(work, 'cold-cache'));
        filesWhenHanded.push(existsSync(folder) ? readdirSync(folder).filter((f) => f.endsWith('.html.v8')) : []);
        const marked = articles.find((a) => a.url.endsWith('/marked/'));
        if (marked) handed[locale] = marked.html.includes(rendered(locale));
      },
    });
    expect(handed).toEqual({ 'en-us': true, 'he-il': true });
    // A locale's file is written when it is complete: the last locale handed on finds the others' there.
    expect(filesWhenHanded.at(-1)).toHaveLength(loaded.locales.length - 1);
    expect(loaded.articles.every((a) => a.html === '')).toBe(true);
    expect(heapHolds(rendered('en-us'))).toBe(false);
    expect(heapHolds(rendered('he-il'))).toBe(false);
    const expected = inMemory(content);
    for (const l of loaded.locales) expect(Object.fromEntries(loaded.localeHtml(l.folder))).toEqual(expected[l.folder]);
  });

  it('keeps the HTML in memory when not asked to set it aside (the check this test relies on)', () => {
    const content = site('kept');
    const loaded = loadContent({ contentDir: content, displayRoot: 'content' });
    expect(heapHolds(rendered('he-il'))).toBe(true);
    expect(loaded.articles.length).toBeGreaterThan(0);
  });

  it('reads a warm build’s HTML from the cache’s files, rendering nothing', () => {
    const content = site('warm');
    const cacheFolder = join(work, 'warm-cache');
    const expected = inMemory(content);
    load(content, cacheFolder);
    const { loaded, cache } = load(content, cacheFolder);
    expect(cache.misses).toBe(0);
    expect(Object.fromEntries(loaded.localeHtml('he-il'))).toEqual(expected['he-il']);
    expect(Object.fromEntries(loaded.localeHtml('en-us'))).toEqual(expected['en-us']);
  });

  it('reads a cached locale’s HTML only when a listener asks for it, and gives the same HTML then', () => {
    const content = site('lazy');
    const cacheFolder = join(work, 'lazy-cache');
    const byUrl: Record<string, Record<string, string>> = {};
    for (const a of loadContent({ contentDir: content, displayRoot: 'content' }).articles) (byUrl[a.data.locale] ??= {})[a.data.url] = a.html;
    load(content, cacheFolder);
    const counted = (asks: boolean) => {
      const cache = openRenderCache(renderCachePath(cacheFolder));
      const reads: string[] = [];
      const readHtml = cache.readHtml.bind(cache);
      cache.readHtml = (locale: string) => (reads.push(locale), readHtml(locale));
      const handed: Record<string, Record<string, string>> = {};
      loadContent({
        contentDir: content,
        displayRoot: 'content',
        cache,
        setAside: true,
        onLocaleRendered: (locale, articles) => {
          // The same key for the same HTML: what the search index's hash is made of.
          expect(articles.every((a) => a.htmlKey.includes(a.url.split('/')[1]!))).toBe(true);
          if (asks) handed[locale] = Object.fromEntries(articles.map((a) => [a.url, a.html]));
        },
      });
      expect(cache.misses).toBe(0);
      return { reads, handed };
    };
    expect(counted(false).reads).toEqual([]);
    const asked = counted(true);
    expect(asked.reads.sort()).toEqual(Object.keys(byUrl).sort());
    expect(asked.handed).toEqual(byUrl);
  });

  it('renders again what a damaged HTML file lost, at the start of a build or while its pages are written', () => {
    const content = site('damaged');
    const cacheFolder = join(work, 'damaged-cache');
    const folder = renderCachePath(cacheFolder);
    const expected = inMemory(content);
    const heFile = () => readdirSync(folder).find((f) => f.startsWith('he-il.') && f.endsWith('.html.v8'))!;
    load(content, cacheFolder);
    // Gone before the build: its facts are not trusted, the locale renders again.
    unlinkSync(join(folder, heFile()));
    let { loaded, cache } = load(content, cacheFolder);
    expect(cache.misses).toBe(expected['he-il'] ? Object.keys(expected['he-il']).length : 0);
    expect(Object.fromEntries(loaded.localeHtml('he-il'))).toEqual(expected['he-il']);
    // Damaged after the cache was opened (same size, other bytes): read back, each article renders again.
    ({ loaded } = load(content, cacheFolder));
    const file = join(folder, heFile());
    writeFileSync(file, Buffer.alloc(readFileSync(file).length, 7));
    expect(Object.fromEntries(loaded.localeHtml('he-il'))).toEqual(expected['he-il']);
  });

  it('stops with the article’s path when HTML the cache lost can no longer be rendered', () => {
    const content = site('lost');
    const cacheFolder = join(work, 'lost-cache');
    const folder = renderCachePath(cacheFolder);
    const { loaded } = load(content, cacheFolder);
    for (const f of readdirSync(folder)) if (f.startsWith('he-il.') && f.endsWith('.html.v8')) unlinkSync(join(folder, f));
    unlinkSync(join(content, 'he-il/marked.md'));
    expect(() => loaded.localeHtml('he-il')).toThrow(/he-il\/marked\.md: its rendered HTML was lost from the render cache/);
    expect(existsSync(join(content, 'en-us/marked.md'))).toBe(true);
    expect(loaded.localeHtml('en-us').get('en-us/marked.md')).toContain(rendered('en-us'));
  });
});
