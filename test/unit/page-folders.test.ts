/** The folders of a cold build's article pages are made while the content renders, where the page writer looks. */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { pageFoldersMade, startPageFolders } from '../../src/astro/page-folders.ts';
import { stashFolder } from '../../src/astro/previous-output.ts';
import type { RenderedArticle } from '../../src/pipeline/load-content.ts';

const work = mkdtempSync(join(tmpdir(), 'help-folders-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const article = (url: string) => ({ url }) as RenderedArticle;

describe('page folders', () => {
  it('are made aside for a locale the output does not have yet, and not for one it has or a shard does not write', async () => {
    const out = join(work, 'dist');
    const cache = join(work, 'cache');
    mkdirSync(join(out, 'de-de'), { recursive: true }); // built before: its folders come back from there
    const folders = startPageFolders(out, cache, (locale) => locale !== 'ja-jp');
    folders.add('nl-nl', [article('/nl-nl/a/'), article('/nl-nl/b/')]);
    folders.add('de-de', [article('/de-de/a/')]);
    folders.add('ja-jp', [article('/ja-jp/a/')]);
    folders.finish();
    await pageFoldersMade();
    const aside = stashFolder(cache);
    expect(readdirSync(aside).sort()).toEqual(['nl-nl']);
    expect(readdirSync(join(aside, 'nl-nl')).sort()).toEqual(['a', 'b']);
    expect(existsSync(join(aside, 'de-de'))).toBe(false);
  });
});
