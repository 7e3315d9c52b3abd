/** `sitemap.xml`: indexable articles with their hreflang alternates (rules in src/pipeline/seo.ts). */
import type { APIContext } from 'astro';
import { sourceLocale } from '../i18n/site-config.ts';
import { sitemapXml } from '../pipeline/seo.ts';
import { siteContent } from '../astro/site-content.ts';

export function GET({ site }: APIContext) {
  const articles = siteContent().articles.map(({ page: data }) => ({
    locale: data.locale,
    tag: data.lang,
    url: data.url,
    noindex: data.noindex,
    translations: data.translations,
    lastModified: data.date ?? data.lastHandoff,
  }));
  return new Response(sitemapXml(articles, sourceLocale, site?.href ?? 'https://help.example.com/'), { headers: { 'Content-Type': 'application/xml' } });
}
