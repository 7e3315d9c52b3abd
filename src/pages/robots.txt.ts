/**
 * `robots.txt`: no crawling of short-link and translation-status pages, and the sitemap index when the site
 * has one (it has one when any article is indexable: src/pipeline/sitemap/write-sitemaps.ts).
 */
import type { APIContext } from 'astro';
import { getCollection } from 'astro:content';
import { robotsTxt } from '../pipeline/seo.ts';
import { isIndexable } from '../pipeline/sitemap/sitemap-url.ts';

export async function GET({ site }: APIContext) {
  const sitemap = (await getCollection('articles')).some(({ data }) => isIndexable(data));
  return new Response(robotsTxt(site?.href ?? 'https://help.example.com/', sitemap), { headers: { 'Content-Type': 'text/plain' } });
}
