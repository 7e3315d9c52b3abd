/**
 * What the pages read of the content, all from Astro's collections (filled by help-content-loader.ts): the
 * locales, the `site` entry (short links, redirects, what Astro is doing) and the article listing.
 */
import { getCollection, getEntry } from 'astro:content';
export type { SiteData } from './help-content-loader.ts';

export async function siteData() {
  const entry = await getEntry('site', 'site');
  if (!entry) throw new Error('The site collection is empty: the help-content loader (src/content.config.ts) did not run.');
  return entry.data;
}

export async function localeList() {
  return (await getCollection('locales')).map(({ data }) => data);
}

/** Every article's title, URL, locale and whether it is indexable; in `astro dev` its page data too (help-content-loader.ts). */
export async function articleListing() {
  return (await getCollection('articles')).map(({ data }) => data);
}
