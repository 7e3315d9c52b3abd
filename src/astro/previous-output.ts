/**
 * Keeps what the last build wrote and this one would write again. Astro empties dist/ before it builds; for
 * 12,000 article pages and their search index that meant deleting and recreating about 25,000 files on
 * every build, the slowest part of a rebuild on a slow disk. So before Astro empties dist/, the folders this
 * site writes itself (the locale folders, the search indexes) move aside (one rename each), and at the end
 * of the build they move back, with only what changed rewritten.
 *
 * What is kept is decided by the caller from its own record of the last build (content hashes), never by
 * guessing: anything the record does not vouch for is deleted.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

const STASH = 'help-previous-output';

export function stashFolder(cacheDir: string): string {
  return join(cacheDir, STASH);
}

/**
 * What the last build recorded of what it wrote (hashes by page, by search bundle), kept in the cache
 * folder: the record only vouches for the output folder it was written for.
 */
export function readOutputRecord<T>(file: string, outDir: string): T | undefined {
  try {
    const record = JSON.parse(readFileSync(file, 'utf8')) as { outDir: string; written: T };
    if (record.outDir === outDir) return record.written;
  } catch {
    // No record: nothing is vouched for, everything is written.
  }
  return undefined;
}

export function writeOutputRecord<T>(file: string, outDir: string, written: T) {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify({ outDir, written }));
}

/** Moves `folders` (paths inside outDir) aside, before Astro empties outDir. */
export function stash(outDir: string, cacheDir: string, folders: readonly string[]) {
  const root = stashFolder(cacheDir);
  for (const folder of folders) {
    rmSync(join(root, folder), { recursive: true, force: true });
    const from = join(outDir, folder);
    if (!existsSync(from)) continue;
    mkdirSync(dirname(join(root, folder)), { recursive: true });
    try {
      renameSync(from, join(root, folder));
    } catch {
      // Another disk (EXDEV) or a busy folder: nothing is kept, Astro empties it and every file is written.
    }
  }
}

/** Every file under a folder, as paths relative to it (`a/b/index.html`). */
export function filesUnder(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((e) => !e.isDirectory())
    .map((e) => relative(folder, join(e.parentPath, e.name)));
}

/**
 * Puts a stashed folder back at `outDir/folder`, keeping only the files `keep` accepts; what this build
 * already wrote there (Astro's pages, `fresh`) wins and stays.
 */
export function restore(outDir: string, cacheDir: string, folder: string, keep: (file: string) => boolean): { kept: Set<string>; fresh: Set<string> } {
  const previous = join(stashFolder(cacheDir), folder);
  const target = join(outDir, folder);
  const fresh = new Set(filesUnder(target));
  const kept = new Set<string>();
  if (!existsSync(previous)) return { kept, fresh };
  const emptied = new Set<string>();
  for (const file of filesUnder(previous)) {
    if (keep(file) && !fresh.has(file)) {
      kept.add(file);
      continue;
    }
    rmSync(join(previous, file));
    emptied.add(dirname(file));
  }
  // Folders of deleted pages go too (deepest first), unless something is left in them.
  for (const dir of [...emptied].sort((a, b) => b.length - a.length)) {
    for (let d = dir; d !== '.' && d !== ''; d = dirname(d)) {
      try {
        rmdirSync(join(previous, d));
      } catch {
        break;
      }
    }
  }
  // Astro's few fresh files go into the previous folder, which then takes the fresh folder's place.
  for (const file of fresh) {
    mkdirSync(dirname(join(previous, file)), { recursive: true });
    renameSync(join(target, file), join(previous, file));
  }
  rmSync(target, { recursive: true, force: true });
  mkdirSync(dirname(target), { recursive: true });
  renameSync(previous, target);
  return { kept, fresh };
}

/** Deletes what is left in the stash of these folders (a locale no longer built here). */
export function dropStashed(cacheDir: string, folders: readonly string[]) {
  for (const folder of folders) rmSync(join(stashFolder(cacheDir), folder), { recursive: true, force: true });
}
