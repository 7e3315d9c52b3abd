/**
 * Merges shard builds (`LOCALES=… npm run build`, each into its own folder) into one `dist/`, identical to a
 * single build: article pages come from the shard that owns their locale, shared files are the same in every
 * shard (a difference is an error, never a silent pick), and Pagefind's entry files are merged so that every
 * locale's search index is listed.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

interface PagefindEntry {
  version: string;
  languages: Record<string, unknown>;
  include_characters?: string[];
}

export interface MergeResult {
  files: number;
  /** Files that differ between shards (other than Pagefind's entry): the shards are not from the same content. */
  conflicts: string[];
}

export function mergeShards(shards: string[], out: string): MergeResult {
  const entries = new Map<string, PagefindEntry[]>();
  const conflicts: string[] = [];
  let files = 0;
  for (const shard of shards) {
    for (const file of walk(shard)) {
      const from = join(shard, file);
      const to = join(out, file);
      if (file.endsWith('pagefind-entry.json')) {
        entries.set(file, [...(entries.get(file) ?? []), JSON.parse(readFileSync(from, 'utf8')) as PagefindEntry]);
        continue;
      }
      if (existsSync(to)) {
        if (!readFileSync(to).equals(readFileSync(from))) conflicts.push(file);
        continue;
      }
      mkdirSync(dirname(to), { recursive: true });
      copyFileSync(from, to);
      files++;
    }
  }
  for (const [file, list] of entries) {
    const merged: PagefindEntry = { ...list[0]!, languages: Object.assign({}, ...list.map((e) => e.languages)) };
    if (new Set(list.map((e) => e.version)).size > 1) conflicts.push(`${file} (Pagefind versions differ)`);
    mkdirSync(dirname(join(out, file)), { recursive: true });
    writeFileSync(join(out, file), JSON.stringify(merged));
    files++;
  }
  return { files, conflicts };
}

function walk(root: string, dir = ''): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = dir ? `${dir}/${e.name}` : e.name;
    return e.isDirectory() ? walk(root, rel) : [rel];
  });
}
