/**
 * `dist/redirect-rules.json`: the validated short links and redirects, for tools and for the integration
 * that writes the host rules (`_redirects`, nginx includes) next to it.
 */
import { getCollection } from 'astro:content';
import { sourceLocale } from '../i18n/site-config.ts';

export async function GET() {
  const [shortLinks, redirects, locales] = await Promise.all([getCollection('shortLinks'), getCollection('redirects'), getCollection('locales')]);
  const body = {
    sourceLocale,
    locales: locales.map(({ data }) => data.folder),
    shortLinks: shortLinks.map(({ data }) => data),
    redirects: redirects.map(({ data }) => data),
  };
  return new Response(JSON.stringify(body, null, 1), { headers: { 'Content-Type': 'application/json' } });
}
