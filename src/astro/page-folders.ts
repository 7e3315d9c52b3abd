/**
 * Makes the folders of a cold build's article pages while the content still renders. On a slow disk a
 * mkdir costs as much as the write into it, and 12,000 of them took 2–6 s at the end of the build; made
 * during rendering, which keeps the cores busy but leaves the disk idle, they cost the build nothing.
 *
 * They are made where the page writer finds the last build's pages (previous-output.ts: the folders moved
 * aside before Astro empties dist/), so it treats them as an empty previous build. A locale with pages in
 * dist/ already is left alone: its folders come back from there.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { RenderedArticle } from '../pipeline/load-content.ts';
import { stashFolder } from './previous-output.ts';
import { makeFoldersInParallel } from './write-files.ts';

const MADE = Symbol.for('help-site.page-folders');
const store = globalThis as unknown as Record<symbol, Promise<void> | undefined>;

export function startPageFolders(outDir: string, cacheDir: string, writes: (locale: string) => boolean) {
  const aside = stashFolder(cacheDir);
  const making: Promise<void>[] = [];
  return {
    /** A locale is rendered: make its pages' folders, unless the last build's are there. */
    add(locale: string, articles: readonly RenderedArticle[]) {
      if (!writes(locale) || existsSync(join(outDir, locale)) || existsSync(join(aside, locale))) return;
      const made = makeFoldersInParallel(articles.map((a) => join(aside, a.url)));
      made.catch(() => undefined); // a folder that could not be made is made again when its page is written
      making.push(made);
    },
    finish() {
      store[MADE] = Promise.allSettled(making).then(() => undefined);
    },
  };
}

/** Waits until the folders are made (the page writer, before it moves the previous build back). */
export function pageFoldersMade(): Promise<void> {
  const made = store[MADE] ?? Promise.resolve();
  store[MADE] = undefined;
  return made;
}
