/**
 * Translations share a slug: one pass groups them, each article then lists the others (for the language
 * picker and hreflang). No page loops over all articles.
 *
 *   en-us/a.md, nl-nl/a.md, ja-jp/a.md  → nl-nl/a.md lists en-us and ja-jp
 *
 * Each article's link is made once and shared by every list it is in: at 36 locales an article is in 35
 * lists, and a new object per place was most of the build's memory for links (108,000 × 35).
 */
import type { TranslationLink } from './article-schema.ts';
import type { LoadedArticle } from './loaded-content.ts';
import type { LocaleInfo } from './locales.ts';

export function linkTranslations(articles: LoadedArticle[], locales: Map<string, LocaleInfo>): void {
  const groups = new Map<string, LoadedArticle[]>();
  for (const a of articles) {
    const group = groups.get(a.data.slug);
    if (group) group.push(a);
    else groups.set(a.data.slug, [a]);
  }
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const links = group.map((a): TranslationLink => {
      const info = locales.get(a.data.locale)!;
      return { locale: info.folder, tag: info.tag, nativeName: info.nativeName, dir: info.dir, url: a.data.url, title: a.data.title };
    });
    group.forEach((a, i) => {
      a.data.translations = links.filter((_, j) => j !== i);
    });
  }
}
