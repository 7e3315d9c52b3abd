/**
 * Site-wide settings the pages share. `SOURCE_LOCALE` (default en-us, src/site-options.ts) is the locale
 * translations are made from: fallback pages, x-default, notices and the second search group derive from it.
 */
import { siteOptions } from '../site-options.ts';

export const sourceLocale = siteOptions().SOURCE_LOCALE;

/** Where a locale's search index is: a Pagefind bundle for that locale alone (src/astro/pagefind-index.ts). */
export function searchIndexPath(locale: string): string {
  return `/pagefind/${locale}/`;
}

/**
 * Where the second search group comes from: the source locale's index, for readers of other locales; an
 * empty string for the source locale itself. Absent when the site has no source articles.
 */
export function sourceIndexFor(locale: string): string {
  return locale === sourceLocale ? '' : searchIndexPath(sourceLocale);
}
