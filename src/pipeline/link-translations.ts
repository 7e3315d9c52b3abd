/**
 * Translations share a slug: one pass groups them, each article then lists the others (for the language
 * picker and hreflang). No page loops over all articles.
 *
 *   en-us/a.md, nl-nl/a.md, ja-jp/a.md  → nl-nl/a.md lists en-us and ja-jp
 */
import type { LoadedArticle } from './loaded-content.ts';
import type { LocaleInfo } from './locales.ts';

export function linkTranslations(articles: LoadedArticle[], locales: Map<string, LocaleInfo>): void {
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
