/**
 * The content pipeline's result, handed from the content loader to the site's own pages and writers: the
 * locale homes, the sitemap, the content manifest, translation status, and the article pages written at the
 * end of a build (write-article-pages.ts).
 *
 * Why not Astro collections: at 12,000 articles Astro's data store is serialized, bundled by vite and parsed
 * again on every build. That cost about 4 s and 200 MB per corpus build for data the pipeline already holds
 * typed (zod schemas in src/pipeline/article-schema.ts). Small lists (locales, short links, redirects) stay
 * collections.
 *
 * Astro loads the loader, the pages and the integrations as separate module instances, so the hand-over goes
 * through a global symbol.
 */
import type { ArticlePage, ManifestEntry } from '../pipeline/article-schema.ts';
import type { LocaleInfo } from '../pipeline/locales.ts';

export interface ArticleToWrite {
  page: ArticlePage;
  html: string;
}

export interface SiteContent {
  articles: readonly ArticleToWrite[];
  locales: readonly LocaleInfo[];
  manifest: readonly ManifestEntry[];
  /** Content paths of the pictures to publish (src/pipeline/publish-policy.ts). */
  assets: readonly string[];
}

const HANDOFF = Symbol.for('help-site.content');
const store = globalThis as unknown as Record<symbol, SiteContent | undefined>;

export function handOverSiteContent(content: SiteContent) {
  store[HANDOFF] = content;
}

/** The last content load's result. Pages are rendered after the content sync, in the same process. */
export function siteContent(): SiteContent {
  const content = store[HANDOFF];
  if (!content) throw new Error('No site content was handed over: the help-content loader (src/content.config.ts) did not run before this page.');
  return content;
}

/** The page writer takes the articles at the end of a build and lets go of them: nothing else needs them then. */
export function takeSiteContent(): SiteContent {
  const content = siteContent();
  store[HANDOFF] = undefined;
  return content;
}
