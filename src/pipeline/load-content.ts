/**
 * The content pipeline's entry point: a content folder in, typed articles, a manifest and diagnostics out.
 * Plain TypeScript with no Astro imports; the Astro loader, the scripts and the tests all call this.
 *
 * Collect, then check: every file is read and indexed first; rendering resolves links against that index;
 * cross-file facts (translations, slug collisions) are computed once, never per page.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { ManifestEntry } from './article-schema.ts';
import type { CachedRead, LoadedArticle, LoadedContent, LoadOptions, RenderedArticle } from './loaded-content.ts';
import { listContent, type ContentFile, type TreeProblem } from './content-tree.ts';
import { countErrors, sortDiagnostics, type Diagnostic } from './diagnostics.ts';
import { gitBlobHash } from './git-blob-hash.ts';
import { createPartialIndex, jobIncludes, mayInclude, recordIncluders, type PartialFile } from './includes.ts';
import { readSourceHistory } from './git-history.ts';
import { uiStringsFingerprint } from '../i18n/ui-strings.ts';
import { createSiteIndex } from './link-resolver.ts';
import { describeLocale, type LocaleInfo } from './locales.ts';
import { messages } from './messages.ts';
import { READER_VERSION, readArticle, type ReadArticle } from './read-article.ts';
import { renderAll, renderHere } from './render/render-pool.ts';
import type { RenderedMarkdown } from './render/render-markdown.ts';
import type { RenderJob, SiteFacts } from './render/site-facts.ts';
import { emptyCollected } from './render/context.ts';
import { SITE_PAGES, sitePagePaths } from './site-pages.ts';
import { readShortLinkFiles, resolveShortLinks, type ShortLinkFiles } from './short-links/load-short-links.ts';
import { checkSize } from './size-limits.ts';
import { judgeAsset, siteFileAt } from './publish-policy.ts';
import { articleUrl, slugFromPath } from './slug.ts';

export type { CachedRead, LoadedArticle, LoadedContent, LoadOptions, RenderCache, RenderedArticle } from './loaded-content.ts';

/** Bump when rendering changes, so cached HTML from an older renderer is not reused. */
const RENDERER_VERSION = '3';

interface Pending {
  file: ContentFile;
  locale: LocaleInfo;
  hash: string;
  read: ReadArticle;
  slug: string;
  display: string;
  /** Whether the bytes hold `[!include` (most articles do not, and are never scanned for includes). */
  mayInclude: boolean;
}

/** Loads a content folder, rendering in this thread. */
export function loadContent(options: LoadOptions): LoadedContent {
  return timed(options, (prepared) => renderHere(prepared.facts, prepared.jobs, localeProgress(prepared)));
}

/** Loads a content folder, rendering on every core (worker threads). Same result as `loadContent`. */
export async function loadContentInParallel(options: LoadOptions & { threads?: number }): Promise<LoadedContent> {
  return timed(options, (prepared) => renderAll(prepared.facts, prepared.jobs, options.threads, localeProgress(prepared)));
}

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
  show: (path: string) => string;
  diagnostics: Diagnostic[];
  manifest: Map<string, ManifestEntry>;
  locales: Map<string, LocaleInfo>;
  publishable: Pending[];
  shortLinkFiles: ShortLinkFiles;
  facts: SiteFacts;
  /** Cache key of every publishable article, in order. */
  keys: string[];
  /** What the cache did not have. */
  jobs: RenderJob[];
  cached: Map<string, RenderedMarkdown>;
}

/** Everything before rendering: read, type and index every file; decide what needs rendering. */
function prepare(options: LoadOptions): Prepared {
  const { contentDir, sourceLocale = 'en-us' } = options;
  const displayRoot = options.displayRoot ?? (relative(process.cwd(), contentDir) || '.');
  const show = (path: string) => `${displayRoot}/${path}`;
  const diagnostics: Diagnostic[] = [];
  const manifest = new Map<string, ManifestEntry>();
  const locales = new Map<string, LocaleInfo>();
  const badFolders = new Map<string, string[]>();
  const pending: Pending[] = [];
  /** Assets that may be published (publish-policy.ts), if an article shows them. */
  const pictures: string[] = [];
  const partialFiles: PartialFile[] = [];

  const listing = listContent(contentDir);
  for (const problem of listing.problems) diagnostics.push(treeProblem(problem, show));
  for (const file of listing.files) {
    let bytes: Uint8Array;
    try {
      bytes = file.kind === 'ignored' ? new Uint8Array() : readFileSync(join(contentDir, file.path));
    } catch (error) {
      // Unreadable (permissions, a file that vanished mid-build): named, never just missing from the site.
      const diagnostic = messages.unreadable({ file: show(file.path) }, (error as NodeJS.ErrnoException).code ?? String(error));
      manifest.set(file.path, { path: file.path, kind: file.kind, hash: '', reason: diagnostic.message, ...(file.localeFolder ? { locale: file.localeFolder } : {}) });
      diagnostics.push(diagnostic);
      continue;
    }
    const hash = gitBlobHash(bytes);
    const entry: ManifestEntry = { path: file.path, kind: file.kind, hash, ...(file.localeFolder ? { locale: file.localeFolder } : {}) };
    manifest.set(file.path, entry);
    // Articles never land at their own path; any other file could, were it copied: refuse one that would replace the site's.
    const clash = file.kind === 'asset' || file.kind === 'data' || file.kind === 'outside-locale' ? siteFileAt(file.path) : undefined;
    if (clash !== undefined) {
      reject(entry, [messages.siteFile({ file: show(file.path) }, clash)]);
      continue;
    }
    if (file.kind === 'asset') {
      const verdict = judgeAsset(file.path, file.localeFolder !== undefined && describeLocale(file.localeFolder).ok, bytes);
      entry.reason = verdict.publish ? PUBLISHED_WHERE_SHOWN : verdict.reason;
      if (verdict.publish) {
        entry.url = `/${file.path.split('/').map(encodeURIComponent).join('/')}`;
        pictures.push(file.path);
      }
      continue;
    }
    if (file.kind === 'partial') partialFiles.push({ path: file.path, hash, bytes });
    if (file.kind !== 'article' && file.kind !== 'mdx') {
      entry.reason = NOT_AN_ARTICLE[file.kind];
      continue;
    }
    const locale = describeLocale(file.localeFolder ?? '');
    if (!locale.ok) {
      entry.reason = `the folder "${file.localeFolder}" is not a locale`;
      badFolders.set(file.localeFolder ?? '', [...(badFolders.get(file.localeFolder ?? '') ?? []), file.path]);
      continue;
    }
    locales.set(locale.locale.folder, locale.locale);
    if (file.kind === 'mdx') {
      reject(entry, [messages.mdxInContent({ file: show(file.path) })]);
      continue;
    }
    // Before anything is parsed: a huge file would take minutes and gigabytes to render.
    const size = checkSize(bytes.length, show(file.path));
    if (size?.severity === 'error') {
      reject(entry, [size]);
      continue;
    }
    if (size) diagnostics.push(size);
    const readKey = `${locale.locale.folder}:${READER_VERSION}:${hash}`;
    const known = options.cache?.getRead?.(readKey);
    const read = known ? { ok: true as const, article: withText(known, bytes) } : readArticle(bytes, show(file.path), locale.locale.folder);
    if (!known && read.ok) options.cache?.setRead?.(readKey, { meta: read.article.meta, frontMatter: read.article.frontMatter });
    if (!read.ok) {
      reject(entry, read.diagnostics);
      continue;
    }
    const slug = slugFromPath(file.path.slice(locale.locale.folder.length + 1));
    // `'.md` or `nl-nl/‍.md` slugify to nothing: the page would be written over the locale's home.
    if (slug === '') {
      reject(entry, [messages.slugEmpty({ file: show(file.path) })]);
      continue;
    }
    if (SITE_PAGES.has(slug)) {
      reject(entry, [messages.slugTaken({ file: show(file.path) }, articleUrl(locale.locale.folder, slug))]);
      continue;
    }
    pending.push({ file, locale: locale.locale, hash, read: read.article, slug, display: show(file.path), mayInclude: mayInclude(bytes) });
  }

  for (const [folder, files] of badFolders) {
    const locale = describeLocale(folder);
    if (!locale.ok) diagnostics.push(messages.badLocaleFolder({ file: show(folder) }, locale.reason, locale.fix, files.length));
  }
  // A site with no pages is never what anyone meant: a wrong CONTENT_DIR, a failed checkout, flat files.
  if (listing.problems.length === 0 && !listing.files.some((f) => f.kind === 'article' || f.kind === 'mdx')) {
    const flat = listing.files.filter((f) => f.kind === 'outside-locale' && /\.mdx?$/i.test(f.path)).length;
    diagnostics.push(flat > 0 ? messages.noLocaleFolder({ file: displayRoot }, flat) : messages.contentEmpty({ file: displayRoot }));
  }

  // Two files, one URL: report both, publish neither (which one wins would be an accident of file order).
  const bySlug = new Map<string, Pending[]>();
  for (const p of pending) bySlug.set(`${p.locale.folder}/${p.slug}`, [...(bySlug.get(`${p.locale.folder}/${p.slug}`) ?? []), p]);
  const publishable = pending.filter((p) => {
    const group = bySlug.get(`${p.locale.folder}/${p.slug}`) ?? [];
    if (group.length === 1) return true;
    const others = group.filter((o) => o !== p).map((o) => o.display).join(', ');
    reject(manifest.get(p.file.path)!, [messages.slugCollision({ file: p.display }, articleUrl(p.locale.folder, p.slug), others)]);
    return false;
  });

  const shortLinkFiles = readShortLinkFiles(contentDir, show);
  diagnostics.push(...shortLinkFiles.diagnostics);
  const index = createSiteIndex(publishable.map((p) => `${p.locale.folder}/${p.slug}`), sourceLocale, shortLinkFiles.ids);
  // Rendered HTML depends on the file, its path, the set of articles (links), their titles (empty links) and
  // the UI strings (labels): all of it goes into the cache key.
  const titles = new Map(publishable.map((p) => [`${p.locale.folder}/${p.slug}`, p.read.meta.title]));
  refuseCollidingPictures(pictures, publishable, sourceLocale, manifest, show, diagnostics);
  const files = [...manifest.values()].map((e): [string, string, string?] =>
    e.reason === PUBLISHED_WHERE_SHOWN ? [e.path.toLowerCase(), e.path] : [e.path.toLowerCase(), e.path, e.kind === 'article' ? 'it is an article, not a picture' : (e.reason ?? 'it is not a picture')],
  );
  const siteKey = gitBlobHash(new TextEncoder().encode(`${RENDERER_VERSION}\n${uiStringsFingerprint}\n${[...titles].sort().join('\n')}\n${files.map((f) => f.join('\0')).sort().join('\n')}\n${[...shortLinkFiles.ids].sort().join(',')}`));
  const facts: SiteFacts = { sourceLocale, articles: [...index.keys], titles: [...titles], files, shortLinkIds: [...shortLinkFiles.ids] };
  // Partials travel with the job of each article that includes them; their hashes join its cache key.
  const partialIndex = createPartialIndex(partialFiles, sourceLocale);
  const includes = publishable.map((p) => (p.mayInclude ? partialIndex.forArticle(p.file.path, p.read.text) : undefined));
  recordIncluders(manifest, publishable, includes);
  const keys = publishable.map((p, i) => `${siteKey}:${p.file.path}:${p.hash}${includes[i]?.key ? `:${includes[i].key}` : ''}`);
  const cached = new Map<string, RenderedMarkdown>();
  const jobs: RenderJob[] = [];
  const first = options.renderFirst ?? (() => false);
  const order = publishable.map((_, i) => i).sort((a, b) => Number(first(publishable[b]!.locale)) - Number(first(publishable[a]!.locale)));
  for (const i of order) {
    const p = publishable[i]!;
    const key = keys[i]!;
    if (!rendersLocale(options, p.locale.folder)) continue;
    const hit = options.cache?.get(key);
    if (hit) cached.set(key, hit);
    else jobs.push({ key, path: p.file.path, locale: p.locale.folder, text: p.read.text, ...jobIncludes(includes[i]) });
  }

  function reject(entry: ManifestEntry, found: Diagnostic[]) {
    entry.reason = found.map((d) => d.message).join('; ');
    diagnostics.push(...found);
  }

  return { options, show, diagnostics, manifest, locales, publishable, shortLinkFiles, facts, keys, jobs, cached };
}

/**
 * Tells `onLocaleRendered` about each locale once its last article is rendered: cached locales at once,
 * the others as their renders come in. Counting per locale keeps this one pass over the articles.
 */
function localeProgress(prepared: Prepared): ((key: string, rendered: RenderedMarkdown) => void) | undefined {
  const notify = prepared.options.onLocaleRendered;
  if (!notify) return undefined;
  const { publishable, keys, jobs, cached } = prepared;
  const byKey = new Map(keys.map((key, i) => [key, i]));
  const remaining = new Map<string, number>();
  for (const job of jobs) remaining.set(job.locale, (remaining.get(job.locale) ?? 0) + 1);
  const done = new Map<string, { at: number; article: RenderedArticle }[]>();
  const add = (key: string, rendered: RenderedMarkdown): string => {
    const at = byKey.get(key)!;
    const p = publishable[at]!;
    const list = done.get(p.locale.folder) ?? [];
    list.push({ at, article: { locale: p.locale, url: articleUrl(p.locale.folder, p.slug), title: p.read.meta.title, html: rendered.html, hasH1: rendered.hasH1 } });
    done.set(p.locale.folder, list);
    return p.locale.folder;
  };
  // Renders come back in whatever order the workers finish; the articles go out in content order, so what
  // is made of them (the search index, its cache key) does not depend on timing.
  const report = (locale: string) => notify(locale, done.get(locale)!.sort((a, b) => a.at - b.at).map(({ article }) => article));
  for (const [key, rendered] of cached) add(key, rendered);
  for (const locale of done.keys()) if (!remaining.has(locale)) report(locale);
  return (key, rendered) => {
    const locale = add(key, rendered);
    const left = remaining.get(locale)! - 1;
    remaining.set(locale, left);
    if (left === 0) report(locale);
  };
}

/** Everything after rendering: assemble articles, link translations, check short links and redirects. */
function complete(prepared: Prepared, renders: Map<string, RenderedMarkdown>): Omit<LoadedContent, 'timings'> {
  const { options, show, diagnostics, manifest, locales, publishable, shortLinkFiles, keys, cached } = prepared;
  const { contentDir, sourceLocale = 'en-us' } = options;
  const reportedInPartials = new Set<string>();
  const articles = publishable.map((p, i): LoadedArticle => {
    const cacheKey = keys[i]!;
    // In a shard build, articles of other locales are known by their front matter only.
    const rendered = cached.get(cacheKey) ?? renders.get(cacheKey) ?? notRendered();
    if (!cached.has(cacheKey) && renders.has(cacheKey)) options.cache?.set(cacheKey, rendered);
    for (const { source, ...d } of rendered.diagnostics) {
      // A problem in a partial names the partial, once however many articles include it.
      const diagnostic = { ...d, file: source ? show(source) : p.display };
      if (source) {
        const seen = JSON.stringify(diagnostic);
        if (reportedInPartials.has(seen)) continue;
        reportedInPartials.add(seen);
      }
      diagnostics.push(diagnostic);
    }
    const url = articleUrl(p.locale.folder, p.slug);
    manifest.get(p.file.path)!.url = url;
    const { html, headings, ids, anchors, links, excerpt, hasH1, stats } = rendered;
    return {
      html,
      stats,
      data: {
        ...p.read.meta,
        locale: p.locale.folder,
        lang: p.locale.tag,
        dir: p.locale.dir,
        slug: p.slug,
        url,
        path: p.file.path,
        hash: p.hash,
        frontMatter: p.read.frontMatter,
        headings,
        ids,
        anchors,
        links,
        excerpt,
        hasH1,
        translations: [],
      },
    };
  });
  linkTranslations(articles, locales);
  markOutdated(articles, contentDir, sourceLocale);
  const assets = shownPictures(prepared, articles, renders);

  const localeFolders = [...locales.keys()].sort();
  // The site's own pages are destinations too (a short link to /nl-nl/search/), and no redirect may hide them.
  const pages = new Map<string, readonly string[] | null>([['/', []], ...localeFolders.flatMap((l) => sitePagePaths(l).map((p): [string, string[]] => [p, []]))]);
  for (const a of articles) pages.set(a.data.url, rendersLocale(options, a.data.locale) ? a.data.ids : null);
  // Fallback pages: a locale without the article shows the source's text (and ids) at its own URL.
  for (const a of articles) {
    if (a.data.locale !== sourceLocale) continue;
    for (const l of localeFolders) if (!pages.has(articleUrl(l, a.data.slug))) pages.set(articleUrl(l, a.data.slug), a.data.ids);
  }
  const resolved = resolveShortLinks(shortLinkFiles, { locales: localeFolders, sourceLocale, pages }, show);
  diagnostics.push(...resolved.diagnostics);

  const sorted = sortDiagnostics(diagnostics);
  return {
    articles,
    assets,
    shortLinks: resolved.shortLinks,
    redirects: resolved.redirects,
    locales: [...locales.values()].sort((a, b) => a.folder.localeCompare(b.folder, 'en')),
    manifest: [...manifest.values()],
    diagnostics: sorted,
    errorCount: countErrors(sorted),
  };
}

/** A cached read with its text, decoded only when something asks (a render job, a cache miss). */
function withText(read: CachedRead, bytes: Uint8Array): ReadArticle {
  let text: string | undefined;
  return {
    ...read,
    get text() {
      text ??= new TextDecoder().decode(bytes).replace(/^\uFEFF/, '');
      return text;
    },
  };
}

function treeProblem(problem: TreeProblem, show: (path: string) => string): Diagnostic {
  const at = { file: problem.path === '.' ? show('').replace(/\/$/, '') : show(problem.path) };
  switch (problem.kind) {
    case 'missing':
      return messages.contentMissing(at, problem.detail);
    case 'unreadable':
      return messages.unreadable(at, problem.detail);
    case 'symlink-outside':
      return messages.symlinkOutside(at, problem.detail);
    case 'symlink-loop':
      return messages.symlinkLoop(at, problem.detail);
    case 'symlink-broken':
      return messages.symlinkBroken(at, problem.detail);
    case 'not-a-file':
      return messages.notAFile(at);
  }
}

/**
 * The pictures the rendered articles show, which the build publishes. A full build also names the pictures
 * no article shows (not published); a shard cannot tell, as it renders only some locales.
 */
function shownPictures(prepared: Prepared, articles: LoadedArticle[], renders: Map<string, RenderedMarkdown>): string[] {
  const { keys, cached, manifest, options, show, diagnostics } = prepared;
  const shown = new Set<string>();
  articles.forEach((_, i) => {
    for (const asset of (cached.get(keys[i]!) ?? renders.get(keys[i]!))?.assets ?? []) shown.add(asset);
  });
  if (!options.renderLocales) {
    for (const entry of manifest.values()) if (entry.reason === PUBLISHED_WHERE_SHOWN && !shown.has(entry.path)) diagnostics.push(messages.assetUnused({ file: show(entry.path) }));
  }
  return [...shown].sort();
}

const PUBLISHED_WHERE_SHOWN = 'a picture: published where an article shows it';

/**
 * A picture may not take the place of a page: `nl-nl/card.png` next to `nl-nl/card.png.md` (page folder
 * `/nl-nl/card.png/`), or of the fallback page a source article gets in every locale. Both are named.
 */
function refuseCollidingPictures(pictures: string[], articles: Pending[], sourceLocale: string, manifest: Map<string, ManifestEntry>, show: (path: string) => string, diagnostics: Diagnostic[]) {
  if (pictures.length === 0) return;
  const pages = new Map<string, string>();
  for (const a of articles) pages.set(`${a.locale.folder}/${a.slug}`, a.display);
  for (const slug of SITE_PAGES) pages.set(`*/${slug}`, `the site's ${slug} page`);
  for (const picture of pictures) {
    const lower = picture.toLowerCase();
    const [locale = '', ...rest] = lower.split('/');
    const owner = pages.get(lower) ?? pages.get(`*/${rest.join('/')}`) ?? pages.get(`${sourceLocale}/${rest.join('/')}`);
    if (owner === undefined) continue;
    const diagnostic = messages.assetCollision({ file: show(picture) }, `/${locale}/${rest.join('/')}/`, owner);
    manifest.get(picture)!.reason = diagnostic.message;
    delete manifest.get(picture)!.url;
    diagnostics.push(diagnostic);
  }
}

const NOT_AN_ARTICLE: Record<Exclude<ContentFile['kind'], 'article' | 'mdx' | 'asset'>, string> = {
  ignored: 'a dot file or folder (tooling such as .git or .DS_Store): never published',
  partial: 'a partial under includes/: it is included into articles, not published on its own',
  data: 'a data file (TOC, breadcrumb or configuration), not an article',
  'outside-locale': 'not inside a locale folder (content/<locale>/…), so neither an article nor a published picture',
};

/** A shard renders its locales, and the source locale too: its text fills the shard's fallback pages. */
function rendersLocale(options: LoadOptions, locale: string): boolean {
  return !options.renderLocales || options.renderLocales.includes(locale) || locale === (options.sourceLocale ?? 'en-us');
}

function notRendered(): RenderedMarkdown {
  return { html: '', ...emptyCollected() };
}

/** A translation whose source changed since (hash differs) gets the date of that change, if git knows it. */
function markOutdated(articles: LoadedArticle[], contentDir: string, sourceLocale: string) {
  const sources = new Map(articles.filter((a) => a.data.locale === sourceLocale).map((a) => [a.data.slug, a.data]));
  const stale = articles.filter((a) => {
    const source = sources.get(a.data.slug);
    return a.data.locale !== sourceLocale && source !== undefined && a.data.sourceHash !== undefined && a.data.sourceHash !== source.hash;
  });
  if (stale.length === 0) return;
  const history = readSourceHistory(contentDir, sourceLocale);
  for (const a of stale) {
    const changed = history.changedSince(sources.get(a.data.slug)!.path, a.data.sourceHash!);
    if (changed) a.data.sourceChangedOn = changed;
  }
}

/** Translations share a slug: one pass groups them, each article then lists the others. */
function linkTranslations(articles: LoadedArticle[], locales: Map<string, LocaleInfo>) {
  const groups = new Map<string, LoadedArticle[]>();
  for (const a of articles) groups.set(a.data.slug, [...(groups.get(a.data.slug) ?? []), a]);
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    for (const a of group) {
      a.data.translations = group
        .filter((other) => other !== a)
        .map((other) => {
          const info = locales.get(other.data.locale)!;
          return { locale: info.folder, tag: info.tag, nativeName: info.nativeName, dir: info.dir, url: other.data.url, title: other.data.title };
        });
    }
  }
}
