/**
 * Shard builds: `LOCALES=nl-nl,de-de npm run build` writes the pages of those locales only. Every shard
 * still reads all content, so the pages it writes are identical to a full build's, and the shared files
 * (/, sitemap, short links, manifest) are identical in every shard. `npm run merge-shards` puts shards
 * together (see scripts/merge-shards.ts). LOCALES is read and checked with every other setting
 * (src/site-options.ts); here a list that names a locale the content does not have stops the build: a shard
 * that silently builds nothing is merged into a broken site.
 */
import { didYouMean } from '../pipeline/did-you-mean.ts';
import { siteOptions } from '../site-options.ts';

/** The locales this build writes pages for; undefined for a full build. */
export const shardLocales: readonly string[] | undefined = siteOptions().LOCALES;

export function inShard(locale: string): boolean {
  return shardLocales === undefined || shardLocales.includes(locale);
}

/**
 * The error for a shard list that names a locale the content does not have (`nl-nk`), with "did you mean",
 * or undefined when every chosen locale is one of `available` (the content's locale folders).
 */
export function unknownShardLocales(chosen: readonly string[] | undefined, available: readonly string[], contentDir: string): string | undefined {
  const unknown = (chosen ?? []).filter((l) => !available.includes(l));
  if (unknown.length === 0) return undefined;
  const named = unknown.map((l) => {
    const near = didYouMean(l, available);
    return near ? `"${l}" (did you mean ${near}?)` : `"${l}"`;
  });
  const list = available.length > 0 ? available.join(', ') : 'none';
  return `LOCALES=${chosen!.join(',')}: ${contentDir} has no locale folder ${named.join(', ')}. Its locales: ${list}.`;
}
