/**
 * What the writer tools keep of a load (issue 17: 108,000 articles within 2 GiB): the build's cache opened
 * for facts (renders without their HTML) or for reads (typed front matter only), read-only; a load without
 * HTML or language pickers. The facts the checks use are the same as a full load's. And the built-site
 * check, run as a writer runs it, in a heap too small to hold the links of the site it checks.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadContent } from '../src/pipeline/load-content.ts';
import { openRenderCache, renderCachePath } from '../src/pipeline/render-cache-file.ts';
import { emptyCollected } from '../src/pipeline/render/context.ts';
import { projectRoot, sites } from './helpers/build-site.ts';

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

describe('check:links --built at a size its heap cannot hold', () => {
  /**
   * 1,000 pages of 1,500 links each: to other pages, to the page's own headings, and one to a heading of the
   * next page. Holding every link until the end (as the check did before: 3 GB at 108,000 real pages) needs
   * about 140 MB of heap here; a check that keeps only each page's ids needs less than 32.
   */
  function manyLinks(): string {
    const dist = join(work, 'many-links');
    for (let p = 0; p < 1000; p++) {
      const links = Array.from({ length: 1500 }, (_, l) => `<a href="${l % 2 ? `/en-us/page-${(p + l) % 1000}/` : `#s${l % 7}`}">link ${l}</a>`);
      const headings = Array.from({ length: 7 }, (_, h) => `<h2 id="s${h}">${h}</h2>`);
      mkdirSync(join(dist, `en-us/page-${p}`), { recursive: true });
      const broken = p === 500 ? '<a href="#nowhere">x</a><a href="/en-us/page-1/#nowhere">y</a>' : '';
      writeFileSync(join(dist, `en-us/page-${p}/index.html`), `<!doctype html><title>${p}</title>${headings.join('')}<a href="/en-us/page-${(p + 1) % 1000}/#s1">next</a>${links.join('\n')}${broken}`);
    }
    return dist;
  }

  it('finishes in a 64 MB heap and finds what is broken', { timeout: 180_000 }, () => {
    const dist = manyLinks();
    const run = spawnSync(process.execPath, [join(projectRoot, 'node_modules/tsx/dist/cli.mjs'), join(projectRoot, 'scripts/check-links.ts'), '--built', dist], {
      cwd: projectRoot,
      encoding: 'utf8',
      // The limit holds for the worker threads' heaps too: each parses its pages in it.
      env: { ...process.env, NODE_OPTIONS: '--max-old-space-size=64', CONTENT_DIR: sites.main.content, ASTRO_CACHE_DIR: join(work, 'no-cache'), GITHUB_ACTIONS: 'false', NO_COLOR: '1' },
    });
    expect(run.stderr).not.toContain('heap out of memory');
    expect(run.stdout).toMatch(/built pages: 1000, internal links: 1501002, fragments: 751002/);
    expect(run.stdout).toContain('the built page /en-us/page-500/ links to "#nowhere", whose anchor is not on the target page');
    expect(run.stdout).toContain('the built page /en-us/page-500/ links to "/en-us/page-1/#nowhere", whose anchor is not on the target page');
    expect(run.status).toBe(1);
  });
});
