/**
 * Says when each rendered locale is complete: cached locales at once, the others as their renders come in.
 * Counting per locale keeps this one pass over the articles. What is done then (the search index through
 * `onLocaleRendered`, setting the HTML aside) is the caller's (load-content.ts, locale-html.ts).
 */
import type { ArticleFile } from './read-article-file.ts';
import type { RenderPlan } from './render-plan.ts';
import type { RenderedMarkdown } from './render/render-markdown.ts';

/** One article of a complete locale: its place in content order, its cache key and its render. */
export interface LocaleArticle {
  at: number;
  key: string;
  rendered: RenderedMarkdown;
}

/** What to call with each render as it comes in. */
export function localeProgress(
  plan: RenderPlan,
  articles: ArticleFile[],
  complete: (locale: string, articles: LocaleArticle[]) => void,
): (key: string, rendered: RenderedMarkdown) => void {
  const { keys, jobs, cached } = plan;
  const byKey = new Map(keys.map((key, i) => [key, i]));
  const remaining = new Map<string, number>();
  for (const job of jobs) remaining.set(job.locale, (remaining.get(job.locale) ?? 0) + 1);
  const done = new Map<string, LocaleArticle[]>();
  const add = (key: string, rendered: RenderedMarkdown): string => {
    const at = byKey.get(key)!;
    const locale = articles[at]!.locale.folder;
    const list = done.get(locale) ?? [];
    list.push({ at, key, rendered });
    done.set(locale, list);
    return locale;
  };
  // Renders come back in whatever order the workers finish; the articles go out in content order, so what
  // is made of them (the search index, its cache key) does not depend on timing. A reported locale's list
  // is let go of.
  const report = (locale: string) => {
    const list = done.get(locale)!.sort((a, b) => a.at - b.at);
    done.delete(locale);
    complete(locale, list);
  };
  for (const [key, rendered] of cached) add(key, rendered);
  for (const locale of [...done.keys()]) if (!remaining.has(locale)) report(locale);
  return (key, rendered) => {
    const locale = add(key, rendered);
    const left = remaining.get(locale)! - 1;
    remaining.set(locale, left);
    if (left === 0) report(locale);
  };
}
