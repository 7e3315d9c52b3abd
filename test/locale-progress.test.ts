/**
 * The pipeline says when each locale is rendered, before the whole content is loaded: the search index of a
 * locale starts then (src/astro/pagefind-index.ts). Chosen locales render first; cached locales are
 * reported as soon as rendering starts.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadContent, loadContentInParallel, type RenderedArticle } from '../src/pipeline/load-content.ts';
import { openRenderCache, renderCachePath } from '../src/pipeline/render-cache-file.ts';
import { sites } from './helpers/build-site.ts';

const work = mkdtempSync(join(tmpdir(), 'help-progress-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function record() {
  const calls: { locale: string; articles: RenderedArticle[] }[] = [];
  return { calls, onLocaleRendered: (locale: string, articles: RenderedArticle[]) => void calls.push({ locale, articles }) };
}

describe('onLocaleRendered', () => {
  it('reports every rendered locale once, with each of its articles as the page will show it', () => {
    const { calls, onLocaleRendered } = record();
    const loaded = loadContent({ contentDir: sites.fixture.content, displayRoot: 'content', onLocaleRendered });
    const locales = calls.map((c) => c.locale);
    expect([...locales].sort()).toEqual([...new Set(loaded.articles.map((a) => a.data.locale))].sort());
    for (const { locale, articles } of calls) {
      const expected = loaded.articles.filter((a) => a.data.locale === locale);
      expect(articles.map((a) => a.url).sort()).toEqual(expected.map((a) => a.data.url).sort());
      for (const a of articles) {
        const full = expected.find((e) => e.data.url === a.url)!;
        expect({ url: a.url, title: a.title, html: a.html, hasH1: a.hasH1, tag: a.locale.tag }).toEqual({ url: full.data.url, title: full.data.title, html: full.html, hasH1: full.data.hasH1, tag: full.data.lang });
      }
    }
  });

  it('renders the chosen locales first, on worker threads too', async () => {
    // Enough articles for the worker pool (400), in batches of 100: Japanese takes two, the others three each.
    const content = join(work, 'many');
    const counts = { 'de-de': 250, 'ja-jp': 200, 'nl-nl': 250 };
    for (const [locale, n] of Object.entries(counts)) {
      mkdirSync(join(content, locale), { recursive: true });
      for (let i = 0; i < n; i++) writeFileSync(join(content, locale, `a${i}.md`), `---\ntitle: Article ${i}\n---\n\n# Article ${i}\n\nText with a [link](a${(i + 1) % n}.md).\n`);
    }
    const order = async (renderFirst?: (l: { language: string }) => boolean, threads = 2) => {
      const { calls, onLocaleRendered } = record();
      const loaded = await loadContentInParallel({ contentDir: content, displayRoot: 'many', onLocaleRendered, threads, ...(renderFirst ? { renderFirst } : {}) });
      // Each locale's articles in content order, whichever worker rendered them first.
      for (const { locale, articles } of calls) expect(articles.map((a) => a.url)).toEqual(loaded.articles.filter((a) => a.data.locale === locale).map((a) => a.data.url));
      expect(Object.fromEntries(calls.map((c) => [c.locale, c.articles.length]))).toEqual(counts);
      return calls.map((c) => c.locale);
    };
    expect((await order((l) => l.language === 'ja'))[0]).toBe('ja-jp');
    // Without a choice, content order; on one thread, so that a busy machine's worker timing cannot reorder it.
    expect((await order(undefined, 1))[0]).toBe('de-de');
  });

  it('reports cached locales too, with the same articles', () => {
    const cacheFile = renderCachePath(join(work, 'cache'));
    const first = record();
    const cache = openRenderCache(cacheFile);
    loadContent({ contentDir: sites.fixture.content, displayRoot: 'content', cache, onLocaleRendered: first.onLocaleRendered });
    cache.save();
    const again = record();
    const warm = openRenderCache(cacheFile);
    loadContent({ contentDir: sites.fixture.content, displayRoot: 'content', cache: warm, onLocaleRendered: again.onLocaleRendered });
    expect(warm.misses).toBe(0);
    const byLocale = (calls: typeof first.calls) => Object.fromEntries(calls.map((c) => [c.locale, c.articles.map((a) => a.url).sort()]));
    expect(byLocale(again.calls)).toEqual(byLocale(first.calls));
  });
});
