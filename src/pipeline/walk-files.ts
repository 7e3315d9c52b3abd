/**
 * The project's one directory walker: everything under a folder, as paths relative to it with forward
 * slashes (`nl-nl/media/card.png`), sorted by code unit so every run lists the same order. The content folder
 * (content-tree.ts) and the tools that read a built site (merge-shards, the link check, the previous build's
 * output, the bench) all walk with it.
 *
 * Symbolic links are followed while they stay inside the folder (a content folder assembled from several
 * checkouts). A link that leaves it could publish any file of the machine (`en-us/passwd.md → /etc/passwd`),
 * so it is a problem, as are links that loop or lead nowhere, folders that cannot be read, and pipes or
 * devices (reading one would block or never end). Nothing is skipped silently: `walkFolder` returns the
 * problems with their paths, `filesUnder` throws on the first.
 *
 * Does not: say what a file is (content-tree.ts classifies content), or read any file.
 */
import { existsSync, readdirSync, readlinkSync, realpathSync, statSync, type Dirent, type Stats } from 'node:fs';
import { join, relative, sep } from 'node:path';

export type WalkProblemKind = 'missing' | 'unreadable' | 'symlink-outside' | 'symlink-loop' | 'symlink-broken' | 'not-a-file';

export interface WalkProblem {
  /** Path inside the folder (`.` for the folder itself). */
  path: string;
  kind: WalkProblemKind;
  /** What the file system said: the link's target as written, or the error code. */
  detail: string;
}

export interface WalkOptions {
  /** Names listed as they are and never looked into: in content, dot files and folders (`.git/`, `.DS_Store`). */
  listOnly?: (name: string) => boolean;
  /** Folders left out with everything in them (`name` is the last segment of `path`). */
  skipFolder?: (name: string, path: string) => boolean;
}

export interface Walked {
  /** Every file, and every entry `listOnly` chose, sorted. */
  paths: string[];
  /** The entries `listOnly` chose (usually none). */
  listedOnly: Set<string>;
  /** Every folder walked into, `.` for the folder itself, sorted (what `astro dev` watches). */
  folders: string[];
  /**
   * The files reached through a symbolic link (the file is one, or a folder on its way is): a change to what
   * such a file shows is seen at the link's target, another path.
   */
  linked: Set<string>;
  problems: WalkProblem[];
}

export function walkFolder(folder: string, options: WalkOptions = {}): Walked {
  const walked: Walked = { paths: [], listedOnly: new Set(), folders: [], linked: new Set(), problems: [] };
  let root: string;
  try {
    root = realpathSync(folder);
    if (!statSync(root).isDirectory()) throw Object.assign(new Error('not a folder'), { code: 'ENOTDIR' });
  } catch (error) {
    walked.problems.push({ path: '.', kind: 'missing', detail: codeOf(error) });
    return walked;
  }
  walk({ root, options, walked, open: new Set([root]) }, root, '');
  walked.paths.sort(byCodeUnit);
  walked.folders.sort(byCodeUnit);
  walked.problems.sort((a, b) => byCodeUnit(a.path, b.path));
  return walked;
}

/**
 * Every file under a folder the project wrote itself (a build's output, a cache), none if there is no such
 * folder. There a link out of it or an unreadable folder is a bug, so the first problem is thrown.
 */
export function filesUnder(folder: string, skipFolder?: WalkOptions['skipFolder']): string[] {
  if (!existsSync(folder)) return [];
  const { paths, problems } = walkFolder(folder, skipFolder ? { skipFolder } : {});
  const problem = problems[0];
  if (problem) throw new Error(`${join(folder, problem.path)}: ${problem.kind} (${problem.detail})`);
  return paths;
}

interface Walk {
  /** The folder's real path: links must resolve inside it. */
  root: string;
  options: WalkOptions;
  walked: Walked;
  /** Real paths of the folders being walked (this branch only): a link back to one of them is a loop. */
  open: Set<string>;
}

function walk(state: Walk, folder: string, relativePath: string, viaLink = false) {
  const { walked, options } = state;
  let entries: Dirent[];
  try {
    // With their types: a stat per entry is only needed for links (12,000 lstat calls were a tenth of a
    // rebuild's content read). Where the file system gives no type, Node finds it with lstat itself.
    entries = readdirSync(folder, { withFileTypes: true });
  } catch (error) {
    walked.problems.push({ path: relativePath || '.', kind: 'unreadable', detail: codeOf(error) });
    return;
  }
  walked.folders.push(relativePath || '.');
  for (const entry of entries) {
    const name = entry.name;
    const path = relativePath ? `${relativePath}/${name}` : name;
    if (options.listOnly?.(name)) {
      walked.paths.push(path);
      walked.listedOnly.add(path);
      continue;
    }
    const full = join(folder, name);
    let stats: Stats | Dirent = entry;
    let real = full;
    try {
      if (entry.isSymbolicLink()) {
        real = realpathSync(full);
        if (real !== state.root && !real.startsWith(state.root + sep)) {
          walked.problems.push({ path, kind: 'symlink-outside', detail: linkTarget(full) });
          continue;
        }
        stats = statSync(real);
      }
    } catch (error) {
      const code = codeOf(error);
      const kind = code === 'ELOOP' ? 'symlink-loop' : code === 'ENOENT' ? 'symlink-broken' : 'unreadable';
      walked.problems.push({ path, kind, detail: kind === 'unreadable' ? code : linkTarget(full) });
      continue;
    }
    if (stats.isDirectory()) {
      if (options.skipFolder?.(name, path)) continue;
      if (state.open.has(real)) {
        walked.problems.push({ path, kind: 'symlink-loop', detail: relative(state.root, real) || '.' });
        continue;
      }
      state.open.add(real);
      walk(state, full, path, viaLink || entry.isSymbolicLink());
      state.open.delete(real);
    } else if (stats.isFile()) {
      walked.paths.push(path);
      if (viaLink || entry.isSymbolicLink()) walked.linked.add(path);
    } else {
      walked.problems.push({ path, kind: 'not-a-file', detail: 'a pipe, socket or device' });
    }
  }
}

function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function codeOf(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? String(error);
}

/** Where a link points, as written (`../../etc`), for the message. */
function linkTarget(full: string): string {
  try {
    return readlinkSync(full);
  } catch {
    return full;
  }
}
