/**
 * What the writer tools keep of a load (issue 17: 108,000 articles within 2 GiB): the build's cache opened
 * for facts (renders without their HTML) or for reads (typed front matter only), read-only; a load without
 * HTML or language pickers. The facts the checks use are the same as a full load's.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadContent } from '../src/pipeline/load-content.ts';
import { openRenderCache, renderCachePath } from '../src/pipeline/render-cache-file.ts';
import { emptyCollected } from '../src/pipeline/render/context.ts';
import { sites } from './helpers/build-site.ts';

const work = mkdtempSync(join(tmpdir(), 'help-tools-load-'));
const content = join(work, 'content');
const folder = renderCachePath(join(work, 'cache'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A full load, as the build does it, filling the cache. */
let full: ReturnType<typeof loadContent>;
beforeAll(() => {
  cpSync(sites.main.content, content, { recursive: true });
  const cache = openRenderCache(folder);
  full = loadContent({ contentDir: content, displayRoot: 'content', cache });
  cache.save();
});

const facts = (loaded: ReturnType<typeof loadContent>) => loaded.articles.map(({ data: { translations: _t, ...rest } }) => rest);

describe('the build cache, opened for the tools', () => {
  it('for facts: every render is served, without its HTML', () => {
    const cache = openRenderCache(folder, 'facts');
    const loaded = loadContent({ contentDir: content, displayRoot: 'content', cache });
    expect(cache.misses).toBe(0);
    expect(loaded.articles.every((a) => a.html === '')).toBe(true);
    expect(full.articles.every((a) => a.html.length > 0)).toBe(true);
    expect(facts(loaded)).toEqual(facts(full));
    expect(loaded.diagnostics).toEqual(full.diagnostics);
  });

  it('for reads: typed front matter only, so nothing is rendered when rendering is deferred', () => {
    const cache = openRenderCache(folder, 'reads');
    const reads: string[] = [];
    const spy = { ...cache, getRead: (key: string) => cache.getRead!(key) ?? void reads.push(key) };
    const loaded = loadContent({ contentDir: content, displayRoot: 'content', cache: spy, deferRender: true });
    expect(reads).toEqual([]);
    expect(cache.hits).toBe(0);
    expect(loaded.articles.map((a) => [a.data.url, a.data.title, a.data.hash, a.data.sourceHash])).toEqual(full.articles.map((a) => [a.data.url, a.data.title, a.data.hash, a.data.sourceHash]));
  });

  it('is read-only: saving it fails, and what a load renders is not kept in it', () => {
    for (const use of ['facts', 'reads'] as const) {
      const cache = openRenderCache(join(work, 'empty'), use);
      loadContent({ contentDir: content, displayRoot: 'content', cache });
      expect(cache.misses).toBe(full.articles.length);
      cache.set('key', { ...emptyCollected(), html: '<p>x</p>' });
      expect(cache.get('key')).toBeUndefined();
      expect(() => cache.save()).toThrow(`was opened for ${use} only; saving it would lose what it dropped`);
    }
  });
});

describe('a load for the tools', () => {
  it('drops each render’s HTML as it comes in and links no translations, and never fills a cache with HTML-less renders', () => {
    const cache = openRenderCache(join(work, 'tools-cache'));
    const loaded = loadContent({ contentDir: content, displayRoot: 'content', cache, html: false, translations: false });
    expect(loaded.articles.every((a) => a.html === '' && a.data.translations.length === 0)).toBe(true);
    expect(full.articles.some((a) => a.data.translations.length > 0)).toBe(true);
    expect(facts(loaded)).toEqual(facts(full));
    cache.save();
    const again = openRenderCache(join(work, 'tools-cache'));
    loadContent({ contentDir: content, displayRoot: 'content', cache: again });
    expect(again.hits).toBe(0);
  });
});
