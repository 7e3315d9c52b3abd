/**
 * Where the second search group comes from: the source locale's own index, for readers of other locales.
 * Written by src/astro/pagefind-index.ts; absent when the site has no source locale.
 */
export const SOURCE_INDEX_PATH = '/pagefind-source/';

export const sourceLocale = process.env['SOURCE_LOCALE'] ?? 'en-us';

/** The source index for a reader of `locale`, or an empty string for the source locale itself. */
export function sourceIndexFor(locale: string): string {
  return locale === sourceLocale ? '' : SOURCE_INDEX_PATH;
}
