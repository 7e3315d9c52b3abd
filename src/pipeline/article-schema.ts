/**
 * The shape of a loaded article and of the content manifest. The Astro collection uses `articleSchema`
 * as its schema, so pages, scripts and tests share one set of types.
 */
import { z } from 'zod';
import { articleMetaSchema } from './front-matter-schema.ts';

export const translationLinkSchema = z.object({
  locale: z.string(),
  tag: z.string(),
  nativeName: z.string(),
  dir: z.enum(['ltr', 'rtl']),
  url: z.string(),
  title: z.string(),
});

export type TranslationLink = z.infer<typeof translationLinkSchema>;

export const articleSchema = articleMetaSchema.extend({
  /** Locale folder and URL segment: `nl-nl`. */
  locale: z.string(),
  /** Canonical tag for `<html lang>`: `nl-NL`. */
  lang: z.string(),
  dir: z.enum(['ltr', 'rtl']),
  slug: z.string(),
  url: z.string(),
  /** Path inside the content folder: `nl-nl/declined-credit-card.md`. */
  path: z.string(),
  /** Git blob hash of the file (what `git hash-object` prints). */
  hash: z.string(),
  frontMatter: z.record(z.string(), z.unknown()),
  headings: z.array(z.object({ depth: z.number(), id: z.string(), text: z.string() })),
  ids: z.array(z.string()),
  links: z.array(
    z.object({
      original: z.string(),
      href: z.string(),
      kind: z.enum(['fragment', 'external', 'article', 'short-link', 'other']),
      target: z.string().optional(),
      fragment: z.string().optional(),
      found: z.boolean().optional(),
      shortLinkId: z.string().optional(),
      text: z.string(),
      line: z.number().optional(),
      column: z.number().optional(),
      endOffset: z.number().optional(),
      /** The partial the link is written in, when it is not the article's own text (line and column are the partial's). */
      source: z.string().optional(),
    }),
  ),
  /** Legacy anchor names (`<a name>`), the anchors translations must keep. */
  anchors: z.array(z.string()),
  excerpt: z.string(),
  hasH1: z.boolean(),
  /** The same article in the other locales that have it, this one excluded. */
  translations: z.array(translationLinkSchema),
  /** For a translation whose source changed since it was made: when (ISO date), from git history. */
  sourceChangedOn: z.iso.date().optional(),
});
export type Article = z.infer<typeof articleSchema>;

/**
 * What the site's pages read of an article (the page writer, and the article listing of src/astro/help-content-loader.ts). Links, ids and the raw front matter
 * are for the tools (link check, l10n), which get them from the pipeline directly.
 */
export const articlePageSchema = articleSchema.pick({
  title: true,
  locale: true,
  lang: true,
  dir: true,
  slug: true,
  url: true,
  path: true,
  hash: true,
  noindex: true,
  nofollow: true,
  excerpt: true,
  date: true,
  lastHandoff: true,
  priority: true,
  translationType: true,
  sourceHash: true,
  sourceChangedOn: true,
  hasH1: true,
  translations: true,
});
export type ArticlePage = z.infer<typeof articlePageSchema>;
/** What a page shows of an article: its page without the hashes, which only the writers and the l10n tools compare. */
export type ArticleShown = Omit<ArticlePage, 'hash' | 'sourceHash'>;

export function toArticlePage(article: Article): ArticlePage {
  const page: Record<string, unknown> = {};
  for (const key of Object.keys(articlePageSchema.shape)) if (article[key as keyof Article] !== undefined) page[key] = article[key as keyof Article];
  return page as ArticlePage;
}

export const manifestEntrySchema = z.object({
  path: z.string(),
  locale: z.string().optional(),
  kind: z.enum(['article', 'mdx', 'partial', 'data', 'asset', 'outside-locale', 'ignored']),
  /** The page built from this file, or for a picture the URL it is published at where an article shows it. */
  url: z.string().optional(),
  /** Why there is no page: not an article, or the error that stopped it. */
  reason: z.string().optional(),
  /** For a partial: the articles that include it (directly or through other partials). */
  includedBy: z.array(z.string()).optional(),
  hash: z.string(),
});
export type ManifestEntry = z.infer<typeof manifestEntrySchema>;
