/**
 * The pipeline cache (rendered HTML and typed front matter, one file per locale between builds): a second load of the
 * same content reads and renders nothing again and gives the same result, front matter included; a changed
 * file is read and rendered again.
 */
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadContent, type LoadOptions } from '../src/pipeline/load-content.ts';
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

  it('gives a build the facts without what only the tools check, and keeps those for the tools', () => {
    const first = load();
    const article = first.loaded.articles.find((a) => a.data.links.length > 0 && a.data.headings.length > 0)!;
    const key = [...new Set(first.loaded.articles.map((a) => a.htmlKey))].find((k) => k.endsWith(`:${article.data.path}:${article.data.hash}`))!;
    // What a build reads (setAside): no links, headings or legacy anchors to deserialize.
    const forBuild = openRenderCache(cacheFile).getFacts!(key)!;
    expect([forBuild.links, forBuild.headings, forBuild.anchors, forBuild.html]).toEqual([[], [], [], '']);
    expect(forBuild.excerpt).toBe(article.data.excerpt);
    // The writer tools read them back whole, also after a build saved the cache having only looked at the rest.
    const build = openRenderCache(cacheFile);
    build.getFacts!(key);
    build.save();
    const forTools = openRenderCache(cacheFile, 'facts').get(key)!;
    expect(forTools.links).toEqual(article.data.links);
    expect(forTools.headings).toEqual(article.data.headings);
    expect(forTools.anchors).toEqual(article.data.anchors);
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

describe('`astro dev` loading again after a saved file (LoadOptions.known)', () => {
  const path = 'nl-nl/payment-past-due.md';
  const titleOf = (loaded: ReturnType<typeof loadContent>) => loaded.articles.find((a) => a.data.path === path)?.data.title;
  const retitle = (title: string) => writeFileSync(join(content, path), readFileSync(join(content, path), 'utf8').replace(/^title: .*$/m, `title: ${title}`));
  /** Loads as the dev server does: one cache, open from load to load, saving what each load read. */
  const devLoader = (cacheName: string) => {
    const cache = openRenderCache(renderCachePath(join(work, cacheName)));
    return (known?: LoadOptions['known']) => {
      const loaded = loadContent({ contentDir: content, displayRoot: 'content', cache, deferRender: true, known });
      cache.saveReads();
      return loaded;
    };
  };

  it('reads no article file it knew and was not told of, and reads again the one it was told changed', () => {
    const devLoad = devLoader('dev-cache');
    const first = devLoad();
    expect(first.known?.size).toBe(first.articles.length);
    retitle('Een nieuwe titel');
    // Not told of the change (the watcher reports every one): the file is not read, so its old title stays.
    const untold = devLoad((p) => first.known?.get(p));
    expect(titleOf(untold)).toBe(titleOf(first));
    // Told: read again, with its new hash for the next load.
    const told = devLoad((p) => (p === path ? undefined : first.known?.get(p)));
    expect(titleOf(told)).toBe('Een nieuwe titel');
    expect(told.known?.get(path)?.hash).not.toBe(first.known?.get(path)?.hash);
    // Everything else is as a load that read every file gives it.
    const full = devLoad();
    expect(told.articles.map((a) => a.data)).toEqual(full.articles.map((a) => a.data));
    expect(told.manifest).toEqual(full.manifest);
  });

  it('reads again an article reached through a link when its target changed (the watcher reports the target)', () => {
    symlinkSync('payment-past-due.md', join(content, 'nl-nl/achterstallig-alias.md'));
    const devLoad = devLoader('dev-cache-link');
    const first = devLoad();
    retitle('Via de link');
    const after = devLoad((p) => (p === path ? undefined : first.known?.get(p)));
    expect(after.articles.find((a) => a.data.path === 'nl-nl/achterstallig-alias.md')?.data.title).toBe('Via de link');
    rmSync(join(content, 'nl-nl/achterstallig-alias.md'));
  });

  it('reads a file it knew when the cache no longer has its front matter', () => {
    const before = loadContent({ contentDir: content, displayRoot: 'content', cache: openRenderCache(renderCachePath(join(work, 'dev-cache-a'))), deferRender: true });
    retitle('Nog een titel');
    // A cache without the file's front matter (a new one): knowing its old hash is not enough to skip it.
    const loaded = loadContent({ contentDir: content, displayRoot: 'content', cache: openRenderCache(renderCachePath(join(work, 'dev-cache-b'))), deferRender: true, known: (p) => before.known?.get(p) });
    expect(titleOf(loaded)).toBe('Nog een titel');
    expect(loaded.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });
});
