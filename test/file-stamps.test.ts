/**
 * A rebuild does not read an article file whose stat is what the last build recorded (file-stamps.ts),
 * and reads every file that changed however it changed: new text of the same size with its modification
 * time put back, a file replaced by a rename, a file written just before the last build's stat.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openFileStamps } from '../src/pipeline/file-stamps.ts';
import { loadContent } from '../src/pipeline/load-content.ts';
import { openRenderCache, renderCachePath } from '../src/pipeline/render-cache-file.ts';
import { sites } from './helpers/build-site.ts';

const work = mkdtempSync(join(tmpdir(), 'help-stamps-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const path = 'nl-nl/payment-past-due.md';

/** A content folder of its own and a build-like loader: the stamps and the cache kept in one folder. */
function setUp(name: string) {
  const content = join(work, name);
  cpSync(sites.main.content, content, { recursive: true });
  const cacheDir = join(work, `${name}-cache`);
  const record = join(cacheDir, 'help-file-stamps.v8');
  /** `racyMs` 0: the test's files, written a moment ago, count as settled. */
  const build = async (racyMs = 0, contentDir = content) => {
    const stamps = openFileStamps(contentDir, record, racyMs);
    const cache = openRenderCache(renderCachePath(cacheDir));
    await stamps.prefetched; // as a build does: the stats were taken while the cache was read
    const loaded = loadContent({ contentDir, displayRoot: 'content', cache, known: stamps.known });
    cache.save();
    stamps.save(loaded.known!);
    return { loaded, hits: stamps.hits };
  };
  const titleOf = (loaded: ReturnType<typeof loadContent>) => loaded.articles.find((a) => a.data.path === path)?.data.title;
  const full = () => loadContent({ contentDir: content, displayRoot: 'content' });
  return { content, record, build, titleOf, full };
}

/** Sets a file's modification time to another's, to the nanosecond (as `touch -r`, `rsync -t` and `cp -p` do). */
function sameTimeAs(file: string, reference: string) {
  execFileSync('touch', ['-m', '-r', reference, file]);
}

/** Same length as the title it replaces, so the file's size stays. */
const retitle = (content: string, from: string, to: string) => {
  const file = join(content, path);
  const text = readFileSync(file, 'utf8');
  expect(text).toContain(`title: ${from}`);
  writeFileSync(file, text.replace(`title: ${from}`, `title: ${to}`));
};

describe('a rebuild trusting unchanged stats', () => {
  it('reads none of the files it recorded, and gives what reading every file gives', async () => {
    const site = setUp('same');
    const first = await site.build();
    expect(first.hits).toBe(0);
    const again = await site.build();
    expect(again.hits).toBe(first.loaded.articles.length);
    const full = site.full();
    expect(again.loaded.articles.map((a) => a.data)).toEqual(full.articles.map((a) => a.data));
    expect(again.loaded.manifest).toEqual(full.manifest);
  });

  it('reads a file written again with text of the same size and its modification time put back', async () => {
    const site = setUp('same-size');
    const first = await site.build();
    const title = site.titleOf(first.loaded)!;
    const before = statSync(join(site.content, path));
    writeFileSync(join(work, 'reference'), '');
    execFileSync('touch', ['-m', '-r', join(site.content, path), join(work, 'reference')]);
    const other = title.replace(/^./, (c) => (c === 'X' ? 'Y' : 'X'));
    retitle(site.content, title, other);
    sameTimeAs(join(site.content, path), join(work, 'reference'));
    expect(statSync(join(site.content, path)).size).toBe(before.size);
    expect(statSync(join(site.content, path)).mtimeMs).toBe(before.mtimeMs);
    const again = await site.build();
    expect(site.titleOf(again.loaded)).toBe(other);
    expect(again.hits).toBe(first.loaded.articles.length - 1);
  });

  it('reads a file replaced by a rename, with the same size and times', async () => {
    const site = setUp('renamed');
    const first = await site.build();
    const title = site.titleOf(first.loaded)!;
    const file = join(site.content, path);
    const before = statSync(file);
    const other = title.replace(/^./, (c) => (c === 'X' ? 'Y' : 'X'));
    writeFileSync(`${file}.new`, readFileSync(file, 'utf8').replace(`title: ${title}`, `title: ${other}`));
    sameTimeAs(`${file}.new`, file);
    renameSync(`${file}.new`, file);
    expect([statSync(file).size, statSync(file).mtimeMs]).toEqual([before.size, before.mtimeMs]);
    expect(site.titleOf((await site.build()).loaded)).toBe(other);
  });

  it('always reads a file reached through a link, and trusts one with spaces, quotes and a line break in its name', async () => {
    const site = setUp('odd');
    symlinkSync('payment-past-due.md', join(site.content, 'nl-nl/via-link.md'));
    const odd = 'nl-nl/met\u00a0spatie "en"\nregel.md';
    writeFileSync(join(site.content, odd), '---\ntitle: Vreemde naam\n---\n\n# Vreemde naam\n');
    const first = await site.build();
    const again = await site.build();
    // Every article but the linked one; the oddly named one among them.
    expect(again.hits).toBe(first.loaded.articles.length - 1);
    expect(again.loaded.articles.find((a) => a.data.path === odd)?.data.title).toBe('Vreemde naam');
    retitle(site.content, site.titleOf(again.loaded)!, site.titleOf(again.loaded)!.replace(/^./, 'X'));
    expect((await site.build()).loaded.articles.find((a) => a.data.path === 'nl-nl/via-link.md')?.data.title).toMatch(/^X/);
  });

  it('does not trust a file changed just before the stat was taken: its clock may not have moved on', async () => {
    const site = setUp('racy');
    await site.build(60_000); // every file of the test was written within the last minute
    expect((await site.build(60_000)).hits).toBe(0);
  });

  it('trusts no record made for another content folder, nor a damaged one', async () => {
    const site = setUp('other');
    await site.build();
    const moved = join(work, 'other-moved');
    cpSync(site.content, moved, { recursive: true, preserveTimestamps: true });
    expect((await site.build(0, moved)).hits).toBe(0);
    writeFileSync(site.record, 'not a record');
    expect((await site.build()).hits).toBe(0);
    expect((await site.build()).hits).toBeGreaterThan(0);
  });
});
