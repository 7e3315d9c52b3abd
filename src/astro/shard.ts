/**
 * Shard builds: `LOCALES=nl-nl,de-de npm run build` (or `npm run build -- --locales nl-nl,de-de`) writes the
 * pages of those locales only. Every shard still reads all content, so the pages it writes are identical to
 * a full build's, and the shared files (/, sitemap, short links, manifest) are identical in every shard.
 * `npm run merge-shards` puts shards together (see scripts/merge-shards.ts).
 */
function fromArgv(): string | undefined {
  const i = process.argv.indexOf('--locales');
  if (i !== -1) return process.argv[i + 1];
  return process.argv.find((a) => a.startsWith('--locales='))?.slice('--locales='.length);
}

const list = (process.env['LOCALES'] ?? fromArgv() ?? '').split(',').map((l) => l.trim().toLowerCase()).filter(Boolean);

/** The locales this build writes pages for; undefined for a full build. */
export const shardLocales: readonly string[] | undefined = list.length > 0 ? list : undefined;

export function inShard(locale: string): boolean {
  return shardLocales === undefined || shardLocales.includes(locale);
}
