/**
 * `robots.txt`: no crawling of short-link and translation-status pages, and the sitemap index when the site
 * has one (it has one when any article is indexable: src/pipeline/sitemap/write-sitemaps.ts).
 */
import type { APIContext } from 'astro';
import { siteData } from '../astro/site-data.ts';
import { robotsTxt } from '../pipeline/seo.ts';

export async function GET({ site }: APIContext) {
  const sitemap = (await siteData()).indexable;
  return new Response(robotsTxt(site?.href ?? 'https://help.example.com/', sitemap), { headers: { 'Content-Type': 'text/plain' } });
}
