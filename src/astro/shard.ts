/**
 * Shard builds: `LOCALES=nl-nl,de-de npm run build` (or `npm run build -- --locales nl-nl,de-de`) writes the
 * pages of those locales only. Every shard still reads all content, so the pages it writes are identical to
 * a full build's, and the shared files (/, sitemap, short links, manifest) are identical in every shard.
 * `npm run merge-shards` puts shards together (see scripts/merge-shards.ts).
 *
 * Astro's command line has no option of ours, so `--locales` is read from process.argv. A value that cannot
 * be meant (a flag with no value, two different lists, a locale with no folder) stops the build with an
 * error: a shard that silently builds nothing, or everything, is merged into a broken site.
 */
import { didYouMean } from '../pipeline/did-you-mean.ts';

export interface ShardChoice {
  /** The locales to write, lower case; undefined for a full build. */
  locales?: string[];
  /** How the user gave them (`LOCALES=nl-nk`, `--locales nl-nk`), for messages. */
  given?: string;
  error?: string;
}

/** A value as a shell would need it typed: `nl-nl`, `" , "`, `""`. */
const shown = (value: string) => (/^[^\s"'$]+$/.test(value) ? value : JSON.stringify(value));

const USAGE = 'give a comma-separated list of locale folders, e.g. LOCALES=nl-nl,de-de or --locales nl-nl,de-de';

/** `--locales a,b` or `--locales=a,b` in an argument list; an error for a flag with no value or given twice. */
function fromArgv(argv: readonly string[]): { value?: string; given?: string; error?: string } {
  const found: { value: string; given: string }[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg.startsWith('--locales=')) {
      const value = arg.slice('--locales='.length);
      found.push({ value, given: `--locales=${shown(value)}` });
    } else if (arg === '--locales') {
      const next = argv[i + 1];
      // `--locales --verbose` or `--locales` last: the value was forgotten, it is not "--verbose".
      if (next === undefined || next.startsWith('-')) return { error: `--locales has no value; ${USAGE}` };
      found.push({ value: next, given: `--locales ${shown(next)}` });
      i++;
    }
  }
  if (found.length > 1) return { error: `--locales is given ${found.length} times (${found.map((f) => f.given).join(', ')}); give it once` };
  return found[0] ?? {};
}

const split = (value: string) => [...new Set(value.split(',').map((l) => l.trim().toLowerCase()).filter(Boolean))];

/** Which locales a build writes, from the LOCALES variable (empty means unset) and the command line. */
export function chooseShard(env: string | undefined, argv: readonly string[]): ShardChoice {
  const flag = fromArgv(argv);
  if (flag.error) return { error: flag.error };
  const fromEnv = env?.trim() ? env : undefined;
  if (fromEnv !== undefined && flag.value !== undefined && split(fromEnv).join() !== split(flag.value).join()) {
    return { error: `LOCALES=${shown(fromEnv)} and ${flag.given} disagree; give one of them` };
  }
  const value = fromEnv ?? flag.value;
  if (value === undefined) return {};
  const given = fromEnv !== undefined ? `LOCALES=${shown(fromEnv)}` : flag.given!;
  const locales = split(value);
  if (locales.length === 0) return { given, error: `${given} names no locale; ${USAGE}` };
  return { locales, given };
}

/**
 * The error for a choice that names a locale the content does not have (`nl-nk`), with "did you mean", or
 * undefined when every chosen locale is one of `available` (the content's locale folders).
 */
export function unknownShardLocales(choice: ShardChoice, available: readonly string[], contentDir: string): string | undefined {
  const unknown = (choice.locales ?? []).filter((l) => !available.includes(l));
  if (unknown.length === 0) return undefined;
  const named = unknown.map((l) => {
    const near = didYouMean(l, available);
    return near ? `"${l}" (did you mean ${near}?)` : `"${l}"`;
  });
  const list = available.length > 0 ? available.join(', ') : 'none';
  return `${choice.given}: ${contentDir} has no locale folder ${named.join(', ')}. Its locales: ${list}.`;
}

export const shardChoice: ShardChoice = chooseShard(process.env['LOCALES'], process.argv);

/** The locales this build writes pages for; undefined for a full build. */
export const shardLocales: readonly string[] | undefined = shardChoice.locales;

export function inShard(locale: string): boolean {
  return shardLocales === undefined || shardLocales.includes(locale);
}
