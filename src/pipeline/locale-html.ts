/**
 * Rendered HTML kept one locale at a time (LoadOptions.setAside): when a locale is complete, its HTML
 * (new renders from memory, cached ones from the render cache's file) is gathered for `onLocaleRendered`,
 * written to the cache's file for the locale, and let go of; the page writer reads it back per locale.
 * At 108,000 articles the whole site's HTML and what rendering collected held to the end of a build was
 * most of its 4 GiB.
 *
 * An article whose HTML the cache cannot give back (a file deleted or damaged since it was opened) is
 * rendered again from its file: never an empty page.
 */
import type { RenderCache } from './loaded-content.ts';
import type { LocaleArticle } from './locale-progress.ts';
import { renderOnRequest } from './render-on-request.ts';
import type { SiteFacts } from './render/site-facts.ts';

/** What `setAside` needs of the cache. */
export type HtmlCache = Required<Pick<RenderCache, 'readHtml' | 'finishLocale' | 'setFacts'>>;

export function htmlCache(cache: RenderCache | undefined): HtmlCache {
  if (!cache?.readHtml || !cache.finishLocale || !cache.getFacts || !cache.setFacts) throw new Error('setAside needs a render cache that keeps HTML per locale (render-cache-file.ts)');
  return cache as HtmlCache;
}

/** Renders an article again, for HTML the cache lost; an article that no longer renders cleanly stops the build. */
export function renderAgain(contentDir: string, facts: SiteFacts, path: string, locale: string): string {
  const rendered = renderOnRequest(contentDir, path, locale, facts);
  const error = rendered.diagnostics.find((d) => d.severity === 'error');
  if (error) throw new Error(`${path}: its rendered HTML was lost from the render cache during the build, and rendering it again failed (${error.message}); build again`);
  return rendered.html;
}

/**
 * A complete locale's HTML by cache key; each new render's HTML moves into it (the render keeps an empty
 * string), cached ones are read from the cache. `changed`: the cache's file for the locale must be written.
 */
export function takeLocaleHtml(
  cache: HtmlCache,
  locale: string,
  articles: readonly LocaleArticle[],
  cached: ReadonlyMap<string, unknown>,
  again: (at: number) => string,
): { html: Map<string, string>; changed: boolean } {
  const onDisk = articles.some((a) => cached.has(a.key)) ? cache.readHtml(locale) : new Map<string, string>();
  const html = new Map<string, string>();
  let changed = false;
  for (const { at, key, rendered } of articles) {
    if (cached.has(key)) {
      let value = onDisk.get(key);
      if (value === undefined) {
        value = again(at);
        changed = true;
      }
      html.set(key, value);
    } else {
      html.set(key, rendered.html);
      rendered.html = '';
      changed = true;
    }
  }
  return { html, changed };
}

/**
 * What a build no longer needs of a locale's renders once its files are written: the links, headings and
 * legacy anchors the tools check (they read them from the cache). `ids` stay, for the short links' anchors.
 */
export function letGoOfToolFacts(articles: readonly LocaleArticle[]) {
  for (const { rendered } of articles) {
    rendered.links = [];
    rendered.headings = [];
    rendered.anchors = [];
  }
}

/** `LoadedContent.localeHtml` for HTML set aside: one locale's, read from the cache, by content path. */
export function readLocaleHtml(cache: HtmlCache, locale: string, articles: readonly { path: string; key: string }[], again: (path: string) => string): Map<string, string> {
  const onDisk = cache.readHtml(locale);
  return new Map(articles.map(({ path, key }) => [path, onDisk.get(key) ?? again(path)]));
}
