/**
 * The dev server's content watcher (src/astro/content-watcher.ts): one watch per folder, following folders
 * that appear and go, telling a changed file from one that appeared or went, and ignoring dot files.
 */
import { appendFileSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { viteWatchIgnore, watchContentFolder, type ContentEvent, type ContentWatcher } from '../../src/astro/content-watcher.ts';

let watcher: ContentWatcher | undefined;
afterEach(() => watcher?.close());

function site(files: string[]) {
  const root = mkdtempSync(join(tmpdir(), 'content-watcher-'));
  for (const file of files) {
    mkdirSync(join(root, file, '..'), { recursive: true });
    writeFileSync(join(root, file), file);
  }
  const events: string[] = [];
  watcher = watchContentFolder(root, (event: ContentEvent, path: string) => events.push(`${event}:${path}`));
  return { root, events };
}

/** Events arrive a moment after the file system changes. */
async function until(events: string[], expected: string) {
  await expect.poll(() => events, { timeout: 5_000, interval: 20 }).toContain(expected);
}

describe('the content watcher', () => {
  it('watches every folder but dot folders, and says which file changed', async () => {
    const { root, events } = site(['fwlinks.yml', 'nl-nl/a.md', 'nl-nl/includes/tip.md', '.git/HEAD']);
    expect(watcher!.folders()).toEqual(['.', 'nl-nl', 'nl-nl/includes']);
    appendFileSync(join(root, 'nl-nl/includes/tip.md'), '\nMeer.\n');
    await until(events, 'change:nl-nl/includes/tip.md');
    writeFileSync(join(root, 'fwlinks.yml'), '- id: 1\n');
    await until(events, 'change:fwlinks.yml');
  });

  it('reports a new, a renamed and a deleted file as more than a change', async () => {
    const { root, events } = site(['nl-nl/a.md']);
    writeFileSync(join(root, 'nl-nl/b.md'), '# B\n');
    await until(events, 'other:nl-nl/b.md');
    renameSync(join(root, 'nl-nl/b.md'), join(root, 'nl-nl/c.md'));
    await until(events, 'other:nl-nl/c.md');
    rmSync(join(root, 'nl-nl/a.md'));
    await until(events, 'other:nl-nl/a.md');
  });

  it('follows a folder that appears, with what it holds, and lets go of one that goes', async () => {
    const { root, events } = site(['nl-nl/a.md']);
    mkdirSync(join(root, 'de-de/media'), { recursive: true });
    await until(events, 'other:de-de');
    await expect.poll(() => watcher!.folders(), { timeout: 5_000 }).toEqual(['.', 'de-de', 'de-de/media', 'nl-nl']);
    writeFileSync(join(root, 'de-de/media/card.png'), 'png');
    await until(events, 'other:de-de/media/card.png');
    rmSync(join(root, 'de-de'), { recursive: true });
    await expect.poll(() => watcher!.folders(), { timeout: 5_000 }).toEqual(['.', 'nl-nl']);
  });

  it('hears nothing of dot files (an editor’s swap file, .DS_Store) and nothing after it is closed', async () => {
    const { root, events } = site(['nl-nl/a.md']);
    writeFileSync(join(root, 'nl-nl/.a.md.swp'), 'swap');
    writeFileSync(join(root, '.DS_Store'), 'x');
    writeFileSync(join(root, 'nl-nl/b.md'), '# B\n');
    await until(events, 'other:nl-nl/b.md');
    expect(events.filter((e) => e.includes('/.') || e.includes(':.'))).toEqual([]);
    watcher!.close();
    const before = events.length;
    writeFileSync(join(root, 'nl-nl/c.md'), '# C\n');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(events.length).toBe(before);
    expect(watcher!.folders()).toEqual([]);
  });
});

describe('what Vite’s watcher leaves to the content watcher', () => {
  it('is the content folder and everything in it, when it lies inside the project', () => {
    const ignore = viteWatchIgnore('/work/site/', '/work/site/content')!;
    expect(['/work/site/content', '/work/site/content/nl-nl/a.md'].map(ignore)).toEqual([true, true]);
    expect(['/work/site/src/pages/index.astro', '/work/site/content-notes.md', '/work/site'].map(ignore)).toEqual([false, false, false]);
  });

  it('is nothing when the content folder holds the project, which would hide the code from Vite', () => {
    expect(viteWatchIgnore('/work/site/', '/work/site')).toBeUndefined();
    expect(viteWatchIgnore('/work/site/', '/work')).toBeUndefined();
  });
});
