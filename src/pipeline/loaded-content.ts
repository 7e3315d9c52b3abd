/**
 * The content pipeline's interface: what `loadContent` (load-content.ts) takes and gives. The types live here,
 * apart from the orchestrator, so the modules it calls (and the cache that implements `RenderCache`) do not
 * import from it; callers may keep importing them from load-content.ts, which re-exports them.
 */
import type { Article, ManifestEntry } from './article-schema.ts';
import type { Diagnostic } from './diagnostics.ts';
import type { LocaleInfo } from './locales.ts';
import type { ReadArticle } from './read-article.ts';
import type { RenderedMarkdown } from './render/render-markdown.ts';
import type { SiteFacts } from './render/site-facts.ts';
import type { ResolvedRedirect, ResolvedShortLink } from './short-links/schema.ts';

export interface LoadOptions {
  contentDir: string;
  /** The locale translations are made from. */
  sourceLocale?: string;
  /** How file paths are shown in messages; defaults to the content folder relative to the working directory. */
  displayRoot?: string;
  /** Reuses rendered output for unchanged files (keyed by content hash and the set of articles). */
  cache?: RenderCache;
  /**
   * A shard build: render only these locales. Every article is still read, so translations, pickers,
   * hreflang, the sitemap and translation status are the same as in a full build.
   */
  renderLocales?: readonly string[] | undefined;
  /**
   * Called once for each rendered locale as soon as all its articles are rendered (or cached), before the
   * rest is loaded: slow work per locale (the search index) can start while other locales still render.
   */
  onLocaleRendered?: (locale: string, articles: RenderedArticle[]) => void;
  /** Locales to render before the others (their `onLocaleRendered` comes first). */
  renderFirst?: (locale: LocaleInfo) => boolean;
  /**
   * How many of the `all` render workers may run now (render-pool.ts); a build gives way to a search index
   * that needs the memory. All, unless said otherwise.
   */
  renderWorkers?: (all: number) => number;
  /**
   * Read and index everything, render nothing (but what the cache has): `astro dev` renders an article when
   * it is asked for (render-on-request.ts), so the dev server starts in seconds on a large site.
   */
  deferRender?: boolean;
  /**
   * A build: each locale's HTML, and what rendering collected for the tools (links, headings, legacy
   * anchors), go into the cache's files as soon as the locale is rendered (and given to `onLocaleRendered`);
   * the articles come without them (`html` is empty); `LoadedContent.localeHtml` reads one locale's HTML
   * back. So what is held of the HTML is one locale's, not the site's. Needs `cache`.
   */
  setAside?: boolean;
  /**
   * `false` for the writer tools, which check what rendering collected and never show a page: each render's
   * HTML is dropped as soon as its locale is done, and articles come without it (`html` is empty).
   */
  html?: boolean;
  /**
   * `false` for the writer tools, which show no language picker: articles' `translations` stay empty. At 36
   * locales they are 35 entries for each of 108,000 articles (3.8 million objects, 280 MB).
   */
  translations?: boolean;
  /**
   * What an earlier load learned of an article file that did not change since: in `astro dev` the files
   * the watcher saw no change to, in a build the files whose stat is the same (file-stamps.ts). Such a file
   * is not read again when the cache has its front matter (by its hash): reading every file was a third of
   * a refresh after a saved title at 12,000 articles, and a sixth of a rebuild at 110,000.
   */
  known?: ((path: string) => KnownFile | undefined) | undefined;
}

/** What a load learned of an article file besides its front matter: enough to index it without reading it. */
export interface KnownFile {
  hash: string;
  size: number;
  /** Whether its bytes hold `[!include` (includes.ts). */
  mayInclude: boolean;
}

/** What is known of an article as soon as it is rendered, before the content is linked and checked. */
export interface RenderedArticle {
  locale: LocaleInfo;
  url: string;
  title: string;
  /**
   * With `setAside`, a locale the cache had whole is read from the cache's file only when a listener asks
   * for an article's HTML (search, for a locale whose index is not current); ask during `onLocaleRendered`.
   */
  readonly html: string;
  hasH1: boolean;
  /** Its render cache key: two articles with the same key have the same HTML (render-plan.ts). */
  htmlKey: string;
}

export interface RenderCache {
  get(key: string): RenderedMarkdown | undefined;
  set(key: string, value: RenderedMarkdown): void;
  /**
   * What rendering collected, with an empty `html` (`setAside`: the HTML stays on disk) and without the
   * facts only the writer tools check (`links`, `headings`, `anchors` are empty), which a build lets go of.
   */
  getFacts?(key: string): RenderedMarkdown | undefined;
  /** A new render whose HTML is given to `finishLocale` (its `html` is not kept). */
  setFacts?(key: string, value: RenderedMarkdown): void;
  /**
   * Every render of a locale is known: its files are written now, with `html` (by cache key, every render
   * of the locale) when it changed, and the cache lets go of what it held of the locale.
   */
  finishLocale?(locale: string, html: ReadonlyMap<string, string> | undefined): void;
  /** A locale's HTML by cache key, read from disk now and not kept; a key whose HTML cannot be read is missing. */
  readHtml?(locale: string): Map<string, string>;
  /** Front matter already read and typed, by locale folder and blob hash. */
  getRead?(key: string): CachedRead | undefined;
  setRead?(key: string, value: CachedRead): void;
}

/** What reading an article yields apart from its text (which is decoded again only if it must be rendered). */
export type CachedRead = Omit<ReadArticle, 'text'>;

export interface LoadedArticle {
  data: Article;
  html: string;
  /** What rendering changed in the author's text (for the corpus report). */
  stats: RenderedMarkdown['stats'];
  /** Its render cache key (render-plan.ts): two articles with the same key have the same HTML. */
  htmlKey: string;
}

export interface LoadedContent {
  articles: LoadedArticle[];
  /** Content paths of the pictures to publish: those the rendered articles show (publish-policy.ts). */
  assets: string[];
  /** Registered short links (fwlinks.yml), each with a checked destination per locale. */
  shortLinks: ResolvedShortLink[];
  /** Moved articles (redirects.yml), one entry per old URL. */
  redirects: ResolvedRedirect[];
  locales: LocaleInfo[];
  manifest: ManifestEntry[];
  diagnostics: Diagnostic[];
  errorCount: number;
  /** What rendering an article needs to know of the rest of the site, for rendering one on request. */
  facts: SiteFacts;
  /**
   * The HTML of a locale's articles, by content path: from the articles, or read back from the cache when it
   * was set aside (`setAside`); an article whose HTML cannot be read is rendered again, never left empty.
   */
  localeHtml(locale: string): Map<string, string>;
  /** With `deferRender` (`astro dev`) or `known`: what this load learned of each article file, for the next load's `known`. */
  known?: Map<string, KnownFile>;
  /** Where the time went, in milliseconds: reading and typing files, rendering, linking and checking. */
  timings: { prepare: number; render: number; complete: number };
}
