/**
 * `dist/content-manifest.json`: every file of the content folder with its locale, kind, URL (or why it has
 * none) and git blob hash. Later checks map built pages back to their Markdown with it.
 */
import { siteContent } from '../astro/site-content.ts';

export function GET() {
  const entries = [...siteContent().manifest];
  entries.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const files = {
    articles: entries.filter((e) => e.url !== undefined && e.kind === 'article').length,
    // Pictures the publishing policy allows; each is published where an article shows it (the build names unused ones).
    pictures: entries.filter((e) => e.url !== undefined && e.kind === 'asset').length,
    notPublished: entries.filter((e) => e.url === undefined).length,
  };
  return new Response(JSON.stringify({ files, entries }, null, 1), { headers: { 'Content-Type': 'application/json' } });
}
