/**
 * After rendering: each publishable article's typed data (front matter, URL, what rendering collected) and
 * HTML, its render problems reported against the right file, new renders stored in the cache.
 *
 * Does not: link articles to each other (link-translations.ts, mark-outdated.ts do that afterwards).
 */
import type { ContentRecord } from './content-record.ts';
import type { LoadedArticle, RenderCache } from './loaded-content.ts';
import type { ArticleFile } from './read-article-file.ts';
import type { RenderPlan } from './render-plan.ts';
import { emptyCollected } from './render/context.ts';
import type { RenderedMarkdown } from './render/render-markdown.ts';
import { articleUrl } from './slug.ts';

export function assembleArticles(articles: ArticleFile[], plan: RenderPlan, renders: Map<string, RenderedMarkdown>, cache: RenderCache | undefined, record: ContentRecord): LoadedArticle[] {
  const { keys, cached } = plan;
  const reportedInPartials = new Set<string>();
  return articles.map((a, i): LoadedArticle => {
    const cacheKey = keys[i]!;
    // In a shard build, articles of other locales are known by their front matter only.
    const rendered = cached.get(cacheKey) ?? renders.get(cacheKey) ?? notRendered();
    if (!cached.has(cacheKey) && renders.has(cacheKey)) cache?.set(cacheKey, rendered);
    for (const { source, ...d } of rendered.diagnostics) {
      // A problem in a partial names the partial, once however many articles include it.
      const diagnostic = { ...d, file: source ? record.show(source) : a.display };
      if (source) {
        const seen = JSON.stringify(diagnostic);
        if (reportedInPartials.has(seen)) continue;
        reportedInPartials.add(seen);
      }
      record.diagnostics.push(diagnostic);
    }
    const url = articleUrl(a.locale.folder, a.slug);
    record.manifest.get(a.file.path)!.url = url;
    const { html, headings, ids, anchors, links, excerpt, hasH1, stats } = rendered;
    return {
      html,
      stats,
      htmlKey: cacheKey,
      data: {
        ...a.read.meta,
        locale: a.locale.folder,
        lang: a.locale.tag,
        dir: a.locale.dir,
        slug: a.slug,
        url,
        path: a.file.path,
        hash: a.hash,
        frontMatter: a.read.frontMatter,
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
}

function notRendered(): RenderedMarkdown {
  return { html: '', ...emptyCollected() };
}
