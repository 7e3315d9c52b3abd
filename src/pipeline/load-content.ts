/**
 * The content pipeline's entry point: a content folder in, typed articles, a manifest and diagnostics out.
 * Plain TypeScript with no Astro imports; the Astro loader, the scripts and the tests all call this.
 *
 * Collect, then check: every file is read and indexed first; rendering resolves links against that index;
 * cross-file facts (translations, slug collisions) are computed once, never per page. This file only puts
 * the steps in order (CONTRIBUTING.md, "From Markdown to pages"); each step is its own module.
 */
import { relative } from 'node:path';
import { assembleArticles } from './assemble-articles.ts';
import { refuseCollidingPictures, refuseSlugCollisions } from './article-slugs.ts';
import type { ContentRecord } from './content-record.ts';
import { countErrors, sortDiagnostics } from './diagnostics.ts';
import { linkTranslations } from './link-translations.ts';
import type { LoadedArticle, LoadedContent, LoadOptions, RenderedArticle } from './loaded-content.ts';
import { htmlCache, letGoOfToolFacts, readLocaleHtml, renderAgain, takeLocaleHtml } from './locale-html.ts';
import { localeProgress } from './locale-progress.ts';
import type { LocaleInfo } from './locales.ts';
import { markOutdated } from './mark-outdated.ts';
import type { ArticleFile } from './read-article-file.ts';
import { readContent } from './read-content.ts';
import { planRender, rendersLocale, type RenderPlan } from './render-plan.ts';
import { renderAll, renderHere } from './render/render-pool.ts';
import type { PlannedJob } from './render/site-facts.ts';
import { articleText } from './article-text.ts';
import type { RenderedMarkdown } from './render/render-markdown.ts';
import { resolveRegistries } from './resolve-registries.ts';
import { readShortLinkFiles, type ShortLinkFiles } from './short-links/load-short-links.ts';
import { shownPictures } from './shown-pictures.ts';
import { articleUrl } from './slug.ts';

export type { CachedRead, LoadedArticle, LoadedContent, LoadOptions, RenderCache, RenderedArticle } from './loaded-content.ts';

/** Loads a content folder, rendering in this thread. */
export function loadContent(options: LoadOptions): LoadedContent {
  return timed(options, (prepared) => renderHere(prepared.plan.facts, options.deferRender ? [] : prepared.plan.jobs, textOf(options), progress(prepared)));
}

/** Loads a content folder, rendering on every core (worker threads). Same result as `loadContent`. */
export async function loadContentInParallel(options: LoadOptions & { threads?: number }): Promise<LoadedContent> {
  return timed(options, (prepared) => renderAll(prepared.plan.facts, options.deferRender ? [] : prepared.plan.jobs, textOf(options), options.threads, progress(prepared), options.renderWorkers));
}

const textOf = (options: LoadOptions) => (job: PlannedJob) => articleText(options.contentDir, job);

function timed<R extends Map<string, RenderedMarkdown> | Promise<Map<string, RenderedMarkdown>>>(
  options: LoadOptions,
  render: (prepared: Prepared) => R,
): R extends Promise<unknown> ? Promise<LoadedContent> : LoadedContent {
  const t0 = performance.now();
  const prepared = prepare(options);
  const t1 = performance.now();
  const finish = (renders: Map<string, RenderedMarkdown>) => {
    const t2 = performance.now();
    const loaded = complete(prepared, renders);
    return { ...loaded, timings: { prepare: t1 - t0, render: t2 - t1, complete: performance.now() - t2 } };
  };
  const renders = render(prepared);
  return (renders instanceof Promise ? renders.then(finish) : finish(renders)) as R extends Promise<unknown> ? Promise<LoadedContent> : LoadedContent;
}

interface Prepared {
  options: LoadOptions;
  sourceLocale: string;
  record: ContentRecord;
  locales: Map<string, LocaleInfo>;
  /** The articles that get a page, in content order. */
  articles: ArticleFile[];
  shortLinkFiles: ShortLinkFiles;
  plan: RenderPlan;
}

/** Everything before rendering: read, type and index every file; decide what needs rendering. */
function prepare(options: LoadOptions): Prepared {
  const { contentDir, sourceLocale = 'en-us' } = options;
  const displayRoot = options.displayRoot ?? (relative(process.cwd(), contentDir) || '.');
  const record: ContentRecord = { show: (path) => `${displayRoot}/${path}`, diagnostics: [], manifest: new Map() };
  const content = readContent(contentDir, displayRoot, record, options.cache, options.known);
  const articles = refuseSlugCollisions(content.articles, record);
  const shortLinkFiles = readShortLinkFiles(contentDir, record.show);
  record.diagnostics.push(...shortLinkFiles.diagnostics);
  refuseCollidingPictures(content.pictures, articles, sourceLocale, record);
  const plan = planRender({ options, sourceLocale, articles, partials: content.partials, shortLinkIds: shortLinkFiles.ids }, record);
  return { options, sourceLocale, record, locales: content.locales, articles, shortLinkFiles, plan };
}

/**
 * What is done as each locale is complete: `onLocaleRendered` with its articles, and with `setAside` its
 * renders written to the cache's files and let go of (locale-html.ts).
 */
function progress(prepared: Prepared) {
  const { options, plan, articles } = prepared;
  const notify = options.onLocaleRendered;
  const cache = options.setAside ? htmlCache(options.cache) : undefined;
  // The writer tools check what rendering collected and never show a page: a locale's HTML goes once it is done.
  const dropHtml = options.html === false;
  if (!notify && !cache && !dropHtml) return undefined;
  const again = (at: number) => renderAgain(options.contentDir, plan.facts, articles[at]!.file.path, articles[at]!.locale.folder);
  return localeProgress(plan, articles, (locale, done) => {
    // A locale that is all cached is read only if a listener asks for its HTML: at 110,000 articles, reading
    // every locale back for the search index's hashes was a tenth of a rebuild.
    const fresh = done.some((d) => !plan.cached.has(d.key));
    const taken = cache && fresh ? takeLocaleHtml(cache, locale, done, plan.cached, again) : undefined;
    let read: Map<string, string> | undefined;
    const htmlOf = (key: string, rendered: RenderedMarkdown) => {
      if (!cache) return rendered.html;
      if (taken) return taken.html.get(key)!;
      read ??= takeLocaleHtml(cache, locale, done, plan.cached, again).html;
      return read.get(key)!;
    };
    notify?.(
      locale,
      done.map(({ at, key, rendered }): RenderedArticle => {
        const a = articles[at]!;
        return {
          locale: a.locale,
          url: articleUrl(a.locale.folder, a.slug),
          title: a.read.meta.title,
          get html() {
            return htmlOf(key, rendered);
          },
          hasH1: rendered.hasH1,
          htmlKey: key,
        };
      }),
    );
    if (dropHtml) for (const { rendered } of done) rendered.html = '';
    if (!cache) return;
    for (const { key, rendered } of done) if (!plan.cached.has(key)) cache.setFacts(key, rendered);
    cache.finishLocale(locale, taken?.changed ? taken.html : undefined);
    letGoOfToolFacts(done);
  });
}

/** `LoadedContent.localeHtml`: from the articles, or with `setAside` from the cache's file of the locale. */
function localeHtmlReader(prepared: Prepared, articles: LoadedArticle[]): LoadedContent['localeHtml'] {
  const { options, plan } = prepared;
  if (!options.setAside) {
    return (locale) => new Map(articles.filter((a) => a.data.locale === locale).map((a) => [a.data.path, a.html]));
  }
  const byLocale = htmlToReadBack(prepared.articles, plan.keys);
  const cache = htmlCache(options.cache);
  const { contentDir } = options;
  const facts = plan.facts;
  return (locale) => readLocaleHtml(cache, locale, byLocale.get(locale) ?? [], (path) => renderAgain(contentDir, facts, path, locale));
}

/**
 * What reading a locale back needs of each article, and nothing more. A function of its own, so the reader
 * above keeps nothing else of the load: a closure there that read `plan` kept the plan, its render jobs and
 * every article's text alive to the end of the build (140 MB at 110,000 articles).
 */
function htmlToReadBack(articles: readonly ArticleFile[], keys: readonly string[]): Map<string, { path: string; key: string }[]> {
  const byLocale = new Map<string, { path: string; key: string }[]>();
  articles.forEach((a, i) => {
    const list = byLocale.get(a.locale.folder) ?? [];
    list.push({ path: a.file.path, key: keys[i]! });
    byLocale.set(a.locale.folder, list);
  });
  return byLocale;
}

/** Everything after rendering: assemble articles, link translations, check short links and redirects. */
function complete(prepared: Prepared, renders: Map<string, RenderedMarkdown>): Omit<LoadedContent, 'timings'> {
  const { options, sourceLocale, record, locales, plan, shortLinkFiles } = prepared;
  // Set aside, each locale's renders went into the cache as the locale was complete; renders without their
  // HTML (the writer tools) must never reach a cache a build could read.
  const articles = assembleArticles(prepared.articles, plan, renders, options.setAside || options.html === false ? undefined : options.cache, record);
  if (options.translations !== false) linkTranslations(articles, locales);
  markOutdated(articles, options.contentDir, sourceLocale);
  const assets = shownPictures(plan, renders, !options.renderLocales, record);
  const localeFolders = [...locales.keys()].sort();
  // Anchors are known only of rendered articles: a deferred render (astro dev) checks targets' pages, not anchors.
  const rendered = (locale: string) => !options.deferRender && rendersLocale(options.renderLocales, sourceLocale, locale);
  const resolved = resolveRegistries(shortLinkFiles, articles, { localeFolders, sourceLocale, renders: rendered }, record.show);
  record.diagnostics.push(...resolved.diagnostics);

  const diagnostics = sortDiagnostics(record.diagnostics);
  return {
    articles,
    assets,
    shortLinks: resolved.shortLinks,
    redirects: resolved.redirects,
    locales: [...locales.values()].sort((a, b) => a.folder.localeCompare(b.folder, 'en')),
    manifest: [...record.manifest.values()],
    diagnostics,
    errorCount: countErrors(diagnostics),
    facts: plan.facts,
    localeHtml: localeHtmlReader(prepared, articles),
    ...(options.deferRender || options.known ? { known: new Map(prepared.articles.map((a) => [a.file.path, { hash: a.hash, size: a.size, mayInclude: a.mayInclude }])) } : {}),
  };
}
