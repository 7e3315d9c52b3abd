/**
 * Walks a content folder and says what each file is. Nothing is dropped silently: every file gets a kind,
 * and the ones that are not articles say why in the manifest; whatever cannot be walked is a problem with
 * its path, never a missing page.
 *
 *   nl-nl/declined-credit-card.md       → article
 *   nl-nl/includes/updates.md           → partial (docfx includes are pulled into articles, not pages)
 *   nl-nl/includes/media/step.png       → asset (a partial's picture)
 *   nl-nl/TOC.yml, fwlinks.yml          → data
 *   nl-nl/media/card.png                → asset
 *   NOTICE.md (no locale folder)        → outside-locale
 *   nl-nl/.DS_Store, .git/              → ignored (dot files are tooling; listed, never published)
 *
 * Symbolic links are followed while they stay inside the content folder (a folder assembled from several
 * checkouts with links between them). A link that leaves the content folder could publish any file of the
 * machine (`en-us/passwd.md → /etc/passwd`), so it is a problem, as are links that loop or lead nowhere.
 */
import { lstatSync, readdirSync, readlinkSync, realpathSync, statSync, type Stats } from 'node:fs';
import { join, relative, sep } from 'node:path';

export type FileKind = 'article' | 'mdx' | 'partial' | 'data' | 'asset' | 'outside-locale' | 'ignored';

export interface ContentFile {
  /** Path inside the content folder, with forward slashes: `nl-nl/declined-credit-card.md`. */
  path: string;
  /** First folder of the path, or undefined for files at the top. */
  localeFolder: string | undefined;
  kind: FileKind;
}

export type TreeProblemKind = 'missing' | 'unreadable' | 'symlink-outside' | 'symlink-loop' | 'symlink-broken' | 'not-a-file';

export interface TreeProblem {
  /** Path inside the content folder (`.` for the folder itself). */
  path: string;
  kind: TreeProblemKind;
  /** What the file system said: the link's target as written, or the error code. */
  detail: string;
}

export interface ContentListing {
  files: ContentFile[];
  problems: TreeProblem[];
}

export function listContent(contentDir: string): ContentListing {
  const files: ContentFile[] = [];
  const problems: TreeProblem[] = [];
  let root: string;
  try {
    root = realpathSync(contentDir);
    if (!statSync(root).isDirectory()) throw Object.assign(new Error('not a folder'), { code: 'ENOTDIR' });
  } catch (error) {
    problems.push({ path: '.', kind: 'missing', detail: codeOf(error) });
    return { files, problems };
  }
  walk({ root, files, problems, open: new Set([root]) }, root, '');
  const byPath = (a: { path: string }, b: { path: string }) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  return { files: files.sort(byPath), problems: problems.sort(byPath) };
}

interface Walk {
  /** The content folder's real path: links must resolve inside it. */
  root: string;
  files: ContentFile[];
  problems: TreeProblem[];
  /** Real paths of the folders being walked (this branch only): a link back to one of them is a loop. */
  open: Set<string>;
}

function walk(state: Walk, folder: string, relativePath: string) {
  let entries: string[];
  try {
    entries = readdirSync(folder);
  } catch (error) {
    state.problems.push({ path: relativePath || '.', kind: 'unreadable', detail: codeOf(error) });
    return;
  }
  for (const name of entries) {
    const path = relativePath ? `${relativePath}/${name}` : name;
    // Dot files and folders (.git, .DS_Store, .htaccess) are tooling, never content: listed, not published.
    if (name.startsWith('.')) {
      state.files.push({ path, localeFolder: relativePath ? path.split('/')[0] : undefined, kind: 'ignored' });
      continue;
    }
    const full = join(folder, name);
    let stats: Stats;
    let real = full;
    try {
      stats = lstatSync(full);
      if (stats.isSymbolicLink()) {
        real = realpathSync(full);
        if (real !== state.root && !real.startsWith(state.root + sep)) {
          state.problems.push({ path, kind: 'symlink-outside', detail: linkTarget(full) });
          continue;
        }
        stats = statSync(real);
      }
    } catch (error) {
      const code = codeOf(error);
      const kind = code === 'ELOOP' ? 'symlink-loop' : code === 'ENOENT' ? 'symlink-broken' : 'unreadable';
      state.problems.push({ path, kind, detail: kind === 'unreadable' ? code : linkTarget(full) });
      continue;
    }
    if (stats.isDirectory()) {
      if (state.open.has(real)) {
        state.problems.push({ path, kind: 'symlink-loop', detail: relative(state.root, real) || '.' });
        continue;
      }
      state.open.add(real);
      walk(state, full, path);
      state.open.delete(real);
    } else if (stats.isFile()) {
      state.files.push(classify(path));
    } else {
      // A FIFO or a device would block or never end when read.
      state.problems.push({ path, kind: 'not-a-file', detail: 'a pipe, socket or device' });
    }
  }
}

export function classify(path: string): ContentFile {
  const segments = path.split('/');
  const localeFolder = segments.length > 1 ? segments[0] : undefined;
  const lower = path.toLowerCase();
  let kind: FileKind;
  // Site data at the top (fwlinks.yml, redirects.yml) is data; anything else there is outside any locale.
  if (localeFolder === undefined) kind = /\.ya?ml$/i.test(path) ? 'data' : 'outside-locale';
  else if (lower.endsWith('.md')) kind = segments.slice(1, -1).some((s) => s.toLowerCase() === 'includes') ? 'partial' : 'article';
  else if (lower.endsWith('.mdx')) kind = 'mdx';
  else if (lower.endsWith('.yml') || lower.endsWith('.yaml') || lower.endsWith('.json')) kind = 'data';
  else kind = 'asset';
  return { path, localeFolder, kind };
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
