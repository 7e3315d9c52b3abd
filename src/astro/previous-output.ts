/**
 * Keeps what the last build wrote and this one would write again. Astro empties dist/ before it builds; for
 * 12,000 article pages and their search index that meant deleting and recreating about 25,000 files on
 * every build, the slowest part of a rebuild on a slow disk. So before Astro empties dist/, the folders this
 * site writes itself (the locale folders, the search indexes) move aside (one rename each), and at the end
 * of the build they move back, with only what changed rewritten.
 *
 * What is kept is decided by the caller from its own record of the last build (content hashes), never by
 * guessing: anything the record does not vouch for is deleted.
 *
 * A record vouches only while the output it describes is intact. So it is deleted before anything it
 * describes moves aside or is emptied, and written again only once its writer has finished writing that
 * output. A build stopped at any point in between (Ctrl-C, a crash, an error) leaves no record, and the next
 * build writes everything again instead of trusting files that are gone (test/interrupted-build.test.ts).
 * What such a build left aside is cleared by the next one before it sets anything aside itself.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { filesUnder } from '../pipeline/walk-files.ts';

/** Where an integration (`article-pages`, `search`) sets its folders aside: each clears only its own. */
export function stashFolder(cacheDir: string, owner: string): string {
  return join(cacheDir, 'help-previous-output', owner);
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

/** Written aside, then renamed: a build stopped halfway never leaves a torn record. */
export function writeOutputRecord<T>(file: string, outDir: string, written: T) {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(`${file}.tmp`, JSON.stringify({ outDir, written }));
  renameSync(`${file}.tmp`, file);
}

/**
 * Before Astro empties outDir: the record stops vouching (deleted first), what a stopped build left in this
 * stash goes, and `folders` (paths inside outDir) move into the stash. A folder that cannot be moved (on
 * another disk with the default `move`, or busy) is not kept: Astro empties it and every file is written.
 */
export function setAside(outDir: string, stash: string, record: string, folders: readonly string[], move: (from: string, to: string) => void = renameSync) {
  rmSync(record, { force: true });
  rmSync(stash, { recursive: true, force: true });
  for (const folder of folders) {
    const from = join(outDir, folder);
    if (!existsSync(from)) continue;
    mkdirSync(dirname(join(stash, folder)), { recursive: true });
    try {
      move(from, join(stash, folder));
    } catch {
      // Not kept (see above), and nothing half-copied is left to be taken for it.
      rmSync(join(stash, folder), { recursive: true, force: true });
    }
  }
}

/** The top-level folders that hold exactly one of `pages`, as `<name>/index.html`. */
function pageFolders(pages: readonly string[]): Set<string> {
  const count = new Map<string, number>();
  for (const page of pages) {
    const top = page.slice(0, page.indexOf('/'));
    count.set(top, (count.get(top) ?? 0) + 1);
  }
  const single = new Set<string>();
  for (const page of pages) {
    const top = page.slice(0, page.indexOf('/'));
    if (count.get(top) === 1 && page === `${top}/index.html`) single.add(top);
  }
  return single;
}

/** One rename; a copy where the folders are on different disks (a cache folder elsewhere, EXDEV). */
export function moveFolder(from: string, to: string) {
  rmSync(to, { recursive: true, force: true });
  try {
    renameSync(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    cpSync(from, to, { recursive: true });
    rmSync(from, { recursive: true, force: true });
  }
}

/** Every file under a folder, as paths relative to it (`a/b/index.html`): the project's one walker. */
export { filesUnder };

/**
 * Puts a stashed folder back at `outDir/folder`, keeping only the files `keep` accepts; what this build
 * already wrote there (Astro's pages, `fresh`) wins and stays.
 *
 * `pages`: the files the caller's record says are in the folder, each `<name>/index.html`. A top-level
 * folder that holds one such page (`<name>/index.html` and no other page under `<name>/`) is taken to hold
 * just that, as the record's hashes are taken for what the files hold: it is not listed (a readdir for each
 * of 112,000 page folders was 2 s of a rebuild), and a page not kept goes with its whole folder. A page
 * folder deleted by hand is missing from the folder's one listing, so its page is written again. Anything
 * else (Astro's pages of the last build, nested pages, a file put there by hand) is walked file by file.
 */
export function restore(outDir: string, stash: string, folder: string, keep: (file: string) => boolean, pages?: readonly string[]): { kept: Set<string>; fresh: Set<string> } {
  const previous = join(stash, folder);
  const target = join(outDir, folder);
  const fresh = new Set(filesUnder(target));
  const kept = new Set<string>();
  if (!existsSync(previous)) return { kept, fresh };
  const emptied = new Set<string>();
  const onePage = pageFolders(pages ?? []);
  const walked: string[] = [];
  for (const entry of readdirSync(previous, { withFileTypes: true })) {
    const page = entry.isDirectory() && onePage.has(entry.name) ? `${entry.name}/index.html` : undefined;
    if (page === undefined) {
      if (entry.isDirectory()) walked.push(...filesUnder(join(previous, entry.name)).map((file) => `${entry.name}/${file}`));
      else walked.push(entry.name);
    } else if (keep(page) && !fresh.has(page)) kept.add(page);
    else rmSync(join(previous, entry.name), { recursive: true, force: true });
  }
  for (const file of walked) {
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
