/**
 * Site-wide settings the pages share. `SOURCE_LOCALE` (default en-us) is the locale translations are made
 * from: fallback pages, x-default, notices and the second search group derive from it.
 */
export const sourceLocale = process.env['SOURCE_LOCALE'] ?? 'en-us';

/**
 * Where the second search group comes from: the source locale's own index, for readers of other locales.
 * Written by src/astro/pagefind-index.ts; absent when the site has no source locale.
 */
export const SOURCE_INDEX_PATH = '/pagefind-source/';

/** The source index for a reader of `locale`, or an empty string for the source locale itself. */
export function sourceIndexFor(locale: string): string {
  return locale === sourceLocale ? '' : SOURCE_INDEX_PATH;
}
