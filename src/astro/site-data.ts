/**
 * What the pages read of the content, all from Astro's collections (filled by help-content-loader.ts): the
 * locales, the `site` entry (short links, redirects, what Astro is doing) and the article listing.
 */
import { getCollection, getEntry } from 'astro:content';
import { listingRows } from './article-listing.ts';
export type { SiteData } from './help-content-loader.ts';

export async function siteData() {
  const entry = await getEntry('site', 'site');
  if (!entry) throw new Error('The site collection is empty: the help-content loader (src/content.config.ts) did not run.');
  return entry.data;
}

export async function localeList() {
  return (await getCollection('locales')).map(({ data }) => data);
}

/** `astro dev` only: every article's page, but its translations, excerpt and hashes (article-listing.ts). */
export async function articleListing() {
  return (await getCollection('articles')).flatMap(({ data }) => listingRows(data));
}
