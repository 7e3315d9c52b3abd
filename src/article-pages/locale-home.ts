/**
 * A locale's home lists every article of the locale by title. At 110,000 articles the list was most of
 * Astro's data store, which Astro bundles into the build and parses again (22 MB of JSON, about 400 MB of
 * memory for Rolldown and V8). So a build keeps no article listing in Astro: the home is rendered with a
 * marker where the list goes, and the page writer puts the list in from the build session
 * (src/astro/write-locale-homes.ts). `astro dev` renders the same list in the page from its listing.
 */
import { escapeAttr, escapeText } from './html-escape.ts';

export const LOCALE_HOME_MARKER = '<!--help-home:list-->';

/** The list items of a locale's home, by title in the locale's collation. */
export function localeHomeItems(articles: readonly { title: string; url: string }[], tag: string): string {
  const collator = new Intl.Collator(tag);
  return [...articles]
    .sort((a, b) => collator.compare(a.title, b.title))
    .map((a) => `<li><a href="${escapeAttr(a.url)}">${escapeText(a.title)}</a></li>`)
    .join('');
}

/** The home with its list put in at the marker, which must be there exactly once. */
export function stampLocaleHome(html: string, items: string, where: string): string {
  const parts = html.split(LOCALE_HOME_MARKER);
  if (parts.length !== 2) throw new Error(`${where}: a locale home must contain ${LOCALE_HOME_MARKER} exactly once (it has it ${parts.length - 1} times). Check src/pages/[locale]/index.astro.`);
  return parts[0]! + items + parts[1]!;
}
