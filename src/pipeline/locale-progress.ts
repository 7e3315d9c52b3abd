/**
 * Tells `onLocaleRendered` (loaded-content.ts) about each locale once its last article is rendered: cached
 * locales at once, the others as their renders come in. Counting per locale keeps this one pass over the
 * articles.
 */
import type { RenderedArticle } from './loaded-content.ts';
import type { ArticleFile } from './read-article-file.ts';
import type { RenderPlan } from './render-plan.ts';
import type { RenderedMarkdown } from './render/render-markdown.ts';
import { articleUrl } from './slug.ts';

/** What to call with each render as it comes in; undefined when nobody listens. */
export function localeProgress(
  plan: RenderPlan,
  articles: ArticleFile[],
  notify: ((locale: string, articles: RenderedArticle[]) => void) | undefined,
): ((key: string, rendered: RenderedMarkdown) => void) | undefined {
  if (!notify) return undefined;
  const { keys, jobs, cached } = plan;
  const byKey = new Map(keys.map((key, i) => [key, i]));
  const remaining = new Map<string, number>();
  for (const job of jobs) remaining.set(job.locale, (remaining.get(job.locale) ?? 0) + 1);
  const done = new Map<string, { at: number; article: RenderedArticle }[]>();
  const add = (key: string, rendered: RenderedMarkdown): string => {
    const at = byKey.get(key)!;
    const a = articles[at]!;
    const list = done.get(a.locale.folder) ?? [];
    list.push({ at, article: { locale: a.locale, url: articleUrl(a.locale.folder, a.slug), title: a.read.meta.title, html: rendered.html, hasH1: rendered.hasH1 } });
    done.set(a.locale.folder, list);
    return a.locale.folder;
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
