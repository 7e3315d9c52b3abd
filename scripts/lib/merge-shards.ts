/**
 * Merges shard builds (`LOCALES=… npm run build`, each into its own folder) into one `dist/`, identical to a
 * single build: article pages and search bundles come from the shard that owns their locale, and shared
 * files are the same in every shard (a difference is an error, never a silent pick).
 *
 * The merged folder is complete or absent. Every locale of the content manifest (the same in every shard)
 * must have all its pages (and its search bundle, when the shards have search): a shard set that misses a
 * locale is an error naming it, not a site whose sitemap lists pages nobody built. The merge is written next
 * to the output folder and renamed into place only when nothing is wrong.
 *
 * The output folder must be empty or new. It is never cleared: merge-shards cannot know what a non-empty
 * folder holds (a typo in --out, or one of the shards), deleting is not undoable, and keeping what is there
 * is how stale pages of an earlier merge were published. CI starts from an empty folder anyway.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmdirSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative } from 'node:path';
import { moveFolder } from '../../src/astro/previous-output.ts';
import type { ManifestEntry } from '../../src/pipeline/article-schema.ts';
import { filesUnder } from '../../src/pipeline/walk-files.ts';

export interface MergeResult {
  /** Files in the merged folder; 0 when nothing was written. */
  files: number;
  /** What is wrong, one sentence each. The merged folder is written only when there is nothing. */
  problems: string[];
}

const MANIFEST = 'content-manifest.json';

export function mergeShards(shards: string[], out: string): MergeResult {
  const refused = [...shards.flatMap(notAShard), ...badOutput(out, shards)];
  if (refused.length > 0) return { files: 0, problems: refused };

  const staging = join(dirname(out), `.${basename(out)}.merging`);
  rmSync(staging, { recursive: true, force: true }); // left by a merge that was stopped
  const conflicts: string[] = [];
  let files = 0;
  for (const shard of shards) {
    for (const file of filesUnder(shard)) {
      const from = join(shard, file);
      const to = join(staging, file);
      if (existsSync(to)) {
        if (!readFileSync(to).equals(readFileSync(from))) conflicts.push(file);
        continue;
      }
      mkdirSync(dirname(to), { recursive: true });
      copyFileSync(from, to);
      files++;
    }
  }
  const problems = [
    ...conflicts.map((file) => `${file} differs between shards; build every shard from the same commit and content`),
    ...(conflicts.includes(MANIFEST) ? [] : missingLocales(staging)),
  ];
  if (problems.length > 0) {
    rmSync(staging, { recursive: true, force: true });
    return { files: 0, problems };
  }
  // Into the empty folder entry by entry (it may be a mount point that cannot be replaced), else whole.
  if (existsSync(out)) {
    for (const name of readdirSync(staging)) moveFolder(join(staging, name), join(out, name));
    rmdirSync(staging);
  } else moveFolder(staging, out);
  return { files, problems };
}

function notAShard(shard: string): string[] {
  if (!existsSync(shard) || !statSync(shard).isDirectory()) return [`${shard} does not exist; give the output folders of the shard builds`];
  if (!existsSync(join(shard, MANIFEST))) return [`${shard} is not a built site (it has no ${MANIFEST}); give the output folders of the shard builds`];
  return [];
}

function badOutput(out: string, shards: string[]): string[] {
  const inside = shards.filter((shard) => isInside(out, shard));
  if (inside.length > 0) return [`--out ${out} is inside the shard ${inside[0]}; merge into a folder of its own`];
  if (!existsSync(out)) return [];
  if (!statSync(out).isDirectory()) return [`--out ${out} is a file; merge into a new or empty folder`];
  const entries = readdirSync(out);
  if (entries.length > 0) return [`--out ${out} is not empty (${entries.length} entries); merge into a new or empty folder (delete it first, or choose another --out)`];
  return [];
}

/** `path` is `folder` or inside it. */
function isInside(path: string, folder: string): boolean {
  const rel = relative(folder, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/** Each locale of the manifest whose pages (or search bundle) no shard built, with what is missing. */
function missingLocales(site: string): string[] {
  const { entries } = JSON.parse(readFileSync(join(site, MANIFEST), 'utf8')) as { entries: ManifestEntry[] };
  const pages = new Map<string, string[]>();
  for (const entry of entries) {
    if (entry.url === undefined || entry.locale === undefined) continue;
    pages.set(entry.locale, [...(pages.get(entry.locale) ?? []), entry.url]);
  }
  const searched = existsSync(join(site, 'pagefind'));
  const problems: string[] = [];
  for (const [locale, urls] of [...pages].sort(([a], [b]) => a.localeCompare(b))) {
    const missing = urls.filter((url) => !existsSync(join(site, url, 'index.html')));
    if (missing.length === urls.length) problems.push(`no shard built ${locale} (its ${urls.length} page(s) are missing, e.g. ${missing[0]}); add a shard with LOCALES=${locale}`);
    else if (missing.length > 0) problems.push(`${locale}: ${missing.length} of ${urls.length} page(s) are missing (${missing.slice(0, 3).join(', ')}); rebuild the shard of ${locale}`);
    else if (searched && !existsSync(join(site, 'pagefind', locale, 'pagefind-entry.json'))) problems.push(`${locale} has no search bundle (pagefind/${locale}/) while other locales have one; build every shard with search`);
  }
  return problems;
}
