/**
 * What to render, and what the cache already has. Rendered HTML depends on the file, its path, the set of
 * articles (links), their titles (empty links), which files may be published (images), the registered short
 * links, the UI strings (labels) and the partials the article includes: all of it goes into its cache key.
 *
 *   <site key>:nl-nl/a.md:<blob hash>                                        an article without includes
 *   <site key>:nl-nl/a.md:<blob hash>:nl-nl/includes/p.md=en-us/includes/p.md@<hash>   one with a partial
 *
 * Does not: render (render/render-pool.ts does, in this thread or on workers).
 */
import { uiStringsFingerprint } from '../i18n/ui-strings.ts';
import { PUBLISHED_WHERE_SHOWN, type ContentRecord } from './content-record.ts';
import { gitBlobHash } from './git-blob-hash.ts';
import { createPartialIndex, jobIncludes, recordIncluders, type PartialFile } from './includes.ts';
import { createSiteIndex } from './link-resolver.ts';
import type { LoadOptions } from './loaded-content.ts';
import type { ArticleFile } from './read-article-file.ts';
import type { RenderedMarkdown } from './render/render-markdown.ts';
import { articleText } from './article-text.ts';
import { ARTICLE_NOT_A_PICTURE, type PlannedJob, type SiteFacts } from './render/site-facts.ts';

/** Bump when rendering changes, so cached HTML from an older renderer is not reused. */
const RENDERER_VERSION = '3';

export interface RenderPlan {
  facts: SiteFacts;
  /** Cache key of every publishable article, in order. */
  keys: string[];
  /** What the cache did not have, locales rendered first (`renderFirst`) ahead; each reads its text when it is sent. */
  jobs: PlannedJob[];
  /** What the cache had; with `setAside`, without its HTML (`html` is empty). */
  cached: Map<string, RenderedMarkdown>;
}

export interface PlanInput {
  options: Pick<LoadOptions, 'contentDir' | 'cache' | 'renderFirst' | 'renderLocales' | 'setAside' | 'deferRender'>;
  sourceLocale: string;
  /** The publishable articles, in content order. */
  articles: ArticleFile[];
  partials: PartialFile[];
  shortLinkIds: ReadonlySet<string>;
}

export function planRender({ options, sourceLocale, articles, partials, shortLinkIds }: PlanInput, record: ContentRecord): RenderPlan {
  const index = createSiteIndex(articles.map((a) => `${a.locale.folder}/${a.slug}`), sourceLocale, shortLinkIds);
  const titles = new Map(articles.map((a) => [`${a.locale.folder}/${a.slug}`, a.read.meta.title]));
  const files = [...record.manifest.values()].map((e): [string, string, string?] =>
    e.reason === PUBLISHED_WHERE_SHOWN ? [e.path.toLowerCase(), e.path] : [e.path.toLowerCase(), e.path, e.kind === 'article' ? ARTICLE_NOT_A_PICTURE : (e.reason ?? 'it is not a picture')],
  );
  // Rendering deferred (`astro dev`), nothing is looked up or rendered by key: sorting and hashing every title
  // and file for it was a tenth of a refresh after a saved title.
  const siteKey = options.deferRender ? 'deferred' : gitBlobHash(new TextEncoder().encode(`${RENDERER_VERSION}\n${uiStringsFingerprint}\n${[...titles].sort().join('\n')}\n${files.map((f) => f.join('\0')).sort().join('\n')}\n${[...shortLinkIds].sort().join(',')}`));
  const facts: SiteFacts = { sourceLocale, articles: [...index.keys], titles: [...titles], files, shortLinkIds: [...shortLinkIds] };
  // Partials travel with the job of each article that includes them; their hashes join its cache key.
  const partialIndex = createPartialIndex(partials, sourceLocale);
  const includes = articles.map((a) => (a.mayInclude ? partialIndex.forArticle(a.file.path, articleText(options.contentDir, { path: a.file.path, hash: a.hash })) : undefined));
  recordIncluders(record.manifest, articles, includes);
  const keys = articles.map((a, i) => `${siteKey}:${a.file.path}:${a.hash}${includes[i]?.key ? `:${includes[i].key}` : ''}`);
  const cached = new Map<string, RenderedMarkdown>();
  const jobs: PlannedJob[] = [];
  const first = options.renderFirst ?? (() => false);
  // HTML set aside: the cache gives what rendering collected, and the HTML stays on disk (locale-html.ts).
  // Rendering deferred (`astro dev` renders on request): nothing is looked up, so no HTML is read.
  const lookup = options.deferRender ? undefined : options.setAside ? options.cache?.getFacts?.bind(options.cache) : options.cache?.get.bind(options.cache);
  const order = articles.map((_, i) => i).sort((a, b) => Number(first(articles[b]!.locale)) - Number(first(articles[a]!.locale)));
  for (const i of order) {
    const a = articles[i]!;
    const key = keys[i]!;
    if (!rendersLocale(options.renderLocales, sourceLocale, a.locale.folder)) continue;
    const hit = lookup?.(key);
    if (hit) cached.set(key, hit);
    else jobs.push({ key, path: a.file.path, hash: a.hash, locale: a.locale.folder, ...jobIncludes(includes[i]) });
  }
  return { facts, keys, jobs, cached };
}

/** A shard renders its locales, and the source locale too: its text fills the shard's fallback pages. */
export function rendersLocale(renderLocales: readonly string[] | undefined, sourceLocale: string, locale: string): boolean {
  return !renderLocales || renderLocales.includes(locale) || locale === sourceLocale;
}
