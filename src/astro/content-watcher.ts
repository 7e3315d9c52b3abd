/**
 * Watches the content folder for `astro dev`: one `fs.watch` (inotify) per folder, found by the project's
 * walker (walk-files.ts), so starting costs one walk of the folders and no call per file.
 *
 * Why not the loader context's watcher (Vite's chokidar): adding a folder to chokidar stats every file in it
 * and keeps a record of each, 1.0 s of a warm dev start at 12,000 articles (measured with `astro dev` on the
 * shared corpus) and ten times that at 108,000. A writer saves one file at a time; the folder's event says
 * which, and the loader reads the content folder again anyway (help-content-loader.ts).
 *
 * Folders that appear (a new locale, `media/`) are watched from then on; folders that go are let go. Dot
 * files and folders (`.git/`, an editor's `.swp`) are tooling the site never publishes: their events are
 * not content changes, and nothing inside a dot folder is watched.
 */
import { statSync, watch, type FSWatcher } from 'node:fs';
import { join } from 'node:path';
import { walkFolder } from '../pipeline/walk-files.ts';

/** `change`: a file's bytes changed. `other`: a file or folder appeared, went or was renamed. */
export type ContentEvent = 'change' | 'other';

export interface ContentWatcher {
  close(): void;
  /** Folders watched now, as paths inside the content folder (`.` is the folder itself). */
  folders(): string[];
}

const isDotName = (name: string) => name.startsWith('.');

/** `warn` hears once of folders the system will not watch (the inotify limit), with the fix. */
export function watchContentFolder(root: string, onEvent: (event: ContentEvent, path: string) => void, warn: (message: string) => void = () => {}): ContentWatcher {
  const watchers = new Map<string, FSWatcher>();
  let closed = false;
  let warned = false;

  /** Watches `folder` (inside the content folder) and every folder under it not watched yet. */
  function watchTree(folder: string) {
    const base = folder === '.' ? root : join(root, folder);
    for (const found of walkFolder(base, { listOnly: isDotName }).folders) {
      const inside = found === '.' ? folder : folder === '.' ? found : `${folder}/${found}`;
      if (!watchers.has(inside)) watchOne(inside);
    }
  }

  function watchOne(folder: string) {
    let watcher: FSWatcher;
    try {
      watcher = watch(folder === '.' ? root : join(root, folder), { persistent: true });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      // Out of watches: edits there would never show, so the writer hears how to raise the limit.
      if ((code === 'ENOSPC' || code === 'EMFILE') && !warned) {
        warned = true;
        warn(`${join(root, folder)}: the system allows no more folders to be watched (${code}), so edits there do not show until a restart; raise the limit (sudo sysctl fs.inotify.max_user_watches=524288) and start again`);
      }
      // Otherwise gone between the walk and now, or unreadable: the content load that follows reports it.
      return;
    }
    watchers.set(folder, watcher);
    // A folder deleted or moved away: its watch ends, and so do those under it.
    watcher.on('error', () => forget(folder));
    watcher.on('change', (eventType, name) => {
      if (closed) return;
      // Linux always names the entry; without a name, the folder as a whole changed.
      const entry = typeof name === 'string' ? name : name?.toString('utf8');
      if (entry !== undefined && isDotName(entry)) return;
      const path = entry === undefined ? folder : folder === '.' ? entry : `${folder}/${entry}`;
      if (eventType === 'rename' && entry !== undefined) follow(path);
      onEvent(eventType === 'change' && entry !== undefined ? 'change' : 'other', path);
    });
  }

  /** After an entry appeared or went: a new folder is watched (with what it holds), a gone one is let go. */
  function follow(path: string) {
    let isFolder = false;
    try {
      isFolder = statSync(join(root, path)).isDirectory();
    } catch {
      // Gone.
    }
    if (isFolder && !watchers.has(path)) watchTree(path);
    if (!isFolder && watchers.has(path)) forget(path);
  }

  function forget(folder: string) {
    for (const [watched, watcher] of watchers) {
      if (watched === folder || watched.startsWith(`${folder}/`) || folder === '.') {
        watcher.close();
        watchers.delete(watched);
      }
    }
  }

  watchTree('.');
  return {
    close() {
      closed = true;
      for (const watcher of watchers.values()) watcher.close();
      watchers.clear();
    },
    folders: () => [...watchers.keys()].sort(),
  };
}

/**
 * What Vite's own watcher must leave alone so the content folder is watched once (here, not file by file):
 * the folder and everything in it, when it lies inside the project (`root`). Undefined when the content folder
 * holds the project (`CONTENT_DIR=.`): ignoring it would hide the code from Vite, so then both watch.
 */
export function viteWatchIgnore(root: string, contentDir: string): ((path: string) => boolean) | undefined {
  const inside = (path: string, folder: string) => path === folder || path.startsWith(`${folder}/`);
  const project = root.replace(/\/+$/, '');
  if (inside(project, contentDir)) return undefined;
  return (path) => inside(path, contentDir);
}
