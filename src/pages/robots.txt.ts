/** `robots.txt`: the sitemap, and no crawling of short-link pages. */
import type { APIContext } from 'astro';
import { robotsTxt } from '../pipeline/seo.ts';

export function GET({ site }: APIContext) {
  return new Response(robotsTxt(site?.href ?? 'https://help.example.com/'), { headers: { 'Content-Type': 'text/plain' } });
}
