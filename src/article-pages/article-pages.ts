/**
 * Which article pages a build writes: every article of the locales it writes, plus a fallback page where a
 * locale lacks a source article (the source's text with a notice in the reader's language). One pass over
 * the articles, never a loop over all pages per page.
 */
import type { ArticleShown } from '../pipeline/article-schema.ts';
import type { LocaleInfo } from '../pipeline/locales.ts';

export interface ArticlePageToWrite<A extends { page: Pick<ArticleShown, 'locale' | 'slug'> } = { page: ArticleShown }> {
  /** `nl-nl/declined-credit-card`: where the page goes, without slashes around it. */
  id: string;
  article: A;
  /** Set on a fallback page: the locale whose reader sees the source article. */
  fallbackFor?: LocaleInfo | undefined;
}

export function articlePagesToWrite<A extends { page: Pick<ArticleShown, 'locale' | 'slug'> }>(
  articles: readonly A[],
  locales: readonly LocaleInfo[],
  sourceLocale: string,
  writes: (locale: string) => boolean,
): ArticlePageToWrite<A>[] {
  const pages: ArticlePageToWrite<A>[] = articles.filter(({ page }) => writes(page.locale)).map((article) => ({ id: `${article.page.locale}/${article.page.slug}`, article }));
  const existing = new Set(articles.map(({ page }) => `${page.locale}/${page.slug}`));
  const readers = locales.filter((l) => writes(l.folder));
  for (const article of articles) {
    if (article.page.locale !== sourceLocale) continue;
    for (const reader of readers) {
      const id = `${reader.folder}/${article.page.slug}`;
      if (!existing.has(id)) pages.push({ id, article, fallbackFor: reader });
    }
  }
  return pages;
}
