/**
 * `astro dev`'s article listing, as Astro's data store keeps it: one entry per locale holding one array per
 * field (columns), not one entry per article. Astro writes its whole store after every content change and
 * the pages parse it in full on the next request; an object per article repeats every field's name, and the
 * hashes (for the build's writers and the l10n tools, never shown) were a quarter of it. At 12,000 articles
 * the listing is 2 MB of the store instead of 5.7 MB, which a writer waits for after each saved title.
 *
 * The listing has what the article route and the locale homes read: each article's page but the other
 * locales' links (O(locales) each), the excerpt (both come with the render) and the hashes.
 */
import { z } from 'zod';
import { articlePageSchema, type Article } from '../pipeline/article-schema.ts';
import { articleUrl } from '../pipeline/slug.ts';

export const articleListingSchema = articlePageSchema.omit({ translations: true, excerpt: true, hash: true, sourceHash: true });
export type ArticleListing = z.infer<typeof articleListingSchema>;

type Field = keyof ArticleListing;
/** Every field but the URL, which is the locale's and the slug's (`articleUrl`): a sixth of the listing. */
const FIELDS = (Object.keys(articleListingSchema.shape) as Field[]).filter((f) => f !== 'url');

/** One locale's listing: `columns[field][i]` is the field of its i-th article (`undefined` where it has none). */
export const listingColumnsSchema = z.object({
  locale: z.string(),
  count: z.number().int(),
  columns: z.record(z.string(), z.array(z.unknown())),
});
export type ListingColumns = z.infer<typeof listingColumnsSchema>;

/** The listing of each locale, from the pipeline's articles. */
export function listingColumns(articles: readonly Pick<Article, Field>[]): ListingColumns[] {
  const byLocale = new Map<string, ListingColumns>();
  for (const article of articles) {
    let entry = byLocale.get(article.locale);
    if (!entry) byLocale.set(article.locale, (entry = { locale: article.locale, count: 0, columns: Object.fromEntries(FIELDS.map((f) => [f, []])) }));
    for (const field of FIELDS) entry.columns[field]!.push(article[field]);
    entry.count++;
  }
  return [...byLocale.values()];
}

/** The articles of one locale's listing again, each as the object it was (fields it had none of stay absent). */
export function listingRows({ count, columns }: ListingColumns): ArticleListing[] {
  const rows: Record<string, unknown>[] = Array.from({ length: count }, () => ({}));
  for (const [field, values] of Object.entries(columns)) {
    for (let i = 0; i < count; i++) if (values[i] !== undefined) rows[i]![field] = values[i];
  }
  for (const row of rows) row.url = articleUrl(row.locale as string, row.slug as string);
  return rows as ArticleListing[];
}
