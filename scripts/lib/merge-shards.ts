/**
 * Merges shard builds (`LOCALES=… npm run build`, each into its own folder) into one `dist/`, identical to a
 * single build: article pages and search bundles come from the shard that owns their locale, and shared
 * files are the same in every shard (a difference is an error, never a silent pick).
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export interface MergeResult {
  files: number;
  /** Files that differ between shards: the shards are not from the same content. */
  conflicts: string[];
}

export function mergeShards(shards: string[], out: string): MergeResult {
  const conflicts: string[] = [];
  let files = 0;
  for (const shard of shards) {
    for (const file of walk(shard)) {
      const from = join(shard, file);
      const to = join(out, file);
      if (existsSync(to)) {
        if (!readFileSync(to).equals(readFileSync(from))) conflicts.push(file);
        continue;
      }
      mkdirSync(dirname(to), { recursive: true });
      copyFileSync(from, to);
      files++;
    }
  }
  return { files, conflicts };
}

function walk(root: string, dir = ''): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = dir ? `${dir}/${e.name}` : e.name;
    return e.isDirectory() ? walk(root, rel) : [rel];
  });
}
