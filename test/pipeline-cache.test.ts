/**
 * The pipeline cache (rendered HTML and typed front matter, one file per locale between builds): a second load of the
 * same content reads and renders nothing again and gives the same result, front matter included; a changed
 * file is read and rendered again.
 */
import { appendFileSync, cpSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadContent } from '../src/pipeline/load-content.ts';
import { openRenderCache, renderCachePath } from '../src/pipeline/render-cache-file.ts';
import { sites } from './helpers/build-site.ts';

const work = mkdtempSync(join(tmpdir(), 'help-cache-'));
const content = join(work, 'content');
cpSync(sites.main.content, content, { recursive: true });
// Front matter beyond the schema's keys (a list, a number, an unquoted date, which YAML 1.2 reads as text)
// must come back from the cache as it was read.
writeFileSync(join(content, 'nl-nl/met-datum.md'), '---\ntitle: Met datum\nreviewed: 2024-05-01\nscores: [1, 2.5]\n---\n\n# Met datum\n\nTekst.\n');
const cacheFile = renderCachePath(join(work, 'cache'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function load() {
  const cache = openRenderCache(cacheFile);
  const reads: string[] = [];
  const spy = { ...cache, getRead: (key: string) => cache.getRead!(key) ?? void reads.push(key) };
  const loaded = loadContent({ contentDir: content, displayRoot: 'content', cache: spy });
  cache.save();
  return { loaded, cache, reads };
}

describe('the pipeline cache', () => {
  it('serves a second load entirely, with the same articles and front matter', () => {
    const first = load();
    expect(first.cache.misses).toBe(first.loaded.articles.length);
    expect(first.reads).toHaveLength(first.loaded.articles.length);
    const second = load();
    expect(second.cache.misses).toBe(0);
    expect(second.reads).toEqual([]);
    expect(second.loaded.articles).toEqual(first.loaded.articles);
    const dated = second.loaded.articles.find((a) => a.data.path === 'nl-nl/met-datum.md')!;
    expect(dated.data.frontMatter).toEqual({ title: 'Met datum', reviewed: '2024-05-01', scores: [1, 2.5] });
  });

  it('keeps what `astro dev` read for its next start, and every render a build left', () => {
    const built = load();
    const renders = built.loaded.articles.length;
    // A dev server reads, renders nothing up front, and saves the front matter it read.
    const devLoad = () => {
      const cache = openRenderCache(cacheFile);
      const reads: string[] = [];
      const spy = { ...cache, getRead: (key: string) => cache.getRead!(key) ?? void reads.push(key) };
      loadContent({ contentDir: content, displayRoot: 'content', cache: spy, deferRender: true });
      cache.saveReads();
      return reads;
    };
    appendFileSync(join(content, 'nl-nl/payment-past-due.md'), '\nNog een zin.\n');
    expect(devLoad()).toEqual([expect.stringMatching(/^nl-nl:/)]);
    expect(devLoad()).toEqual([]);
    // The build after it renders the one changed article, not the site.
    const after = load();
    expect(after.cache.misses).toBe(1);
    expect(after.cache.hits).toBe(renders - 1);
  });

  it('reads and renders a changed file again, and only that one, rewriting only its locale’s cache file', () => {
    load();
    const stamp = (locale: string) => statSync(join(cacheFile, `${locale}.v8`)).mtimeMs;
    const before = { en: stamp('en-us'), nl: stamp('nl-nl') };
    appendFileSync(join(content, 'nl-nl/payment-past-due.md'), '\nEen nieuwe zin.\n');
    const after = load();
    expect(after.reads).toEqual([expect.stringMatching(/^nl-nl:\w+:[0-9a-f]{40}$/)]);
    expect(after.cache.misses).toBe(1);
    expect(after.loaded.articles.find((a) => a.data.path === 'nl-nl/payment-past-due.md')!.html).toContain('Een nieuwe zin.');
    expect(stamp('en-us')).toBe(before.en);
    expect(stamp('nl-nl')).not.toBe(before.nl);
  });
});
