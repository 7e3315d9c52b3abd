/**
 * Setting the last build's output aside (src/astro/previous-output.ts): the record stops vouching before
 * anything moves, and nothing half-moved is left to be trusted. The whole-build behaviour is in
 * test/interrupted-build.test.ts; these are the cases a real build cannot easily produce.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { filesUnder, readOutputRecord, restore, setAside, writeOutputRecord } from '../../src/astro/previous-output.ts';

let root = '';
let out = '';
let stash = '';
let record = '';

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'previous-output-'));
  out = join(root, 'dist');
  stash = join(root, 'cache/stash');
  record = join(root, 'cache/record.json');
  mkdirSync(join(out, 'nl-nl/a'), { recursive: true });
  writeFileSync(join(out, 'nl-nl/a/index.html'), 'a');
  writeOutputRecord(record, out, { 'nl-nl/a/index.html': 'hash' });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('setting the last build aside', () => {
  it('deletes the record, then moves the folders', () => {
    expect(readOutputRecord(record, out)).toEqual({ 'nl-nl/a/index.html': 'hash' });
    setAside(out, stash, record, ['nl-nl']);
    expect(existsSync(record)).toBe(false);
    expect(filesUnder(stash)).toEqual(['nl-nl/a/index.html']);
    expect(existsSync(join(out, 'nl-nl'))).toBe(false);
  });

  it('deletes the record even when there is nothing to move', () => {
    setAside(out, stash, record, []);
    expect(existsSync(record)).toBe(false);
  });

  it('clears what a stopped build left aside before it moves anything', () => {
    mkdirSync(join(stash, 'de-de'), { recursive: true });
    writeFileSync(join(stash, 'de-de/left.html'), 'left by a stopped build');
    setAside(out, stash, record, ['nl-nl']);
    expect(filesUnder(stash)).toEqual(['nl-nl/a/index.html']);
  });

  it('keeps nothing of a folder it could move only halfway (a copy across disks that failed)', () => {
    const halfway = (from: string, to: string) => {
      cpSync(from, to, { recursive: true });
      throw new Error('ENOSPC');
    };
    setAside(out, stash, record, ['nl-nl'], halfway);
    expect(existsSync(join(stash, 'nl-nl'))).toBe(false);
    expect(existsSync(join(out, 'nl-nl/a/index.html'))).toBe(true);
  });

  it('writes a record whole, with nothing beside it', () => {
    writeOutputRecord(record, out, { b: 'c' });
    expect(readOutputRecord(record, out)).toEqual({ b: 'c' });
    expect(readOutputRecord(record, join(root, 'elsewhere'))).toBeUndefined();
    expect(readdirSync(join(root, 'cache'))).toEqual(['record.json']);
  });
});

describe('putting a folder back with the pages its record vouches for', () => {
  /** The last build's nl-nl folder, set aside: four pages, two nested, and Astro's search page. */
  const stashed = ['a/index.html', 'b/index.html', 'gone/index.html', 'sub/c/index.html', 'sub/d/index.html', 'search/index.html', 'old-astro-page/index.html'];
  const pages = ['a/index.html', 'b/index.html', 'gone/index.html', 'sub/c/index.html', 'sub/d/index.html'];
  beforeEach(() => {
    for (const file of stashed) {
      mkdirSync(join(stash, 'nl-nl', file, '..'), { recursive: true });
      writeFileSync(join(stash, 'nl-nl', file), `old ${file}`);
    }
    // This build's Astro pages, already in dist/.
    rmSync(join(out, 'nl-nl'), { recursive: true });
    mkdirSync(join(out, 'nl-nl/search'), { recursive: true });
    writeFileSync(join(out, 'nl-nl/search/index.html'), 'new search');
  });
  const keep = (file: string) => ['a/index.html', 'sub/c/index.html', 'search/index.html', 'old-astro-page/index.html'].includes(file);

  it('keeps what is kept, deletes the rest with the folders it leaves empty, and puts this build’s pages in', () => {
    const { kept, fresh } = restore(out, stash, 'nl-nl', keep, pages);
    expect([...kept].sort()).toEqual(['a/index.html', 'old-astro-page/index.html', 'sub/c/index.html']);
    expect([...fresh]).toEqual(['search/index.html']);
    expect(filesUnder(join(out, 'nl-nl'))).toEqual(['a/index.html', 'old-astro-page/index.html', 'search/index.html', 'sub/c/index.html']);
    expect(readFileSync(join(out, 'nl-nl/search/index.html'), 'utf8')).toBe('new search');
    expect(existsSync(join(out, 'nl-nl/b'))).toBe(false);
    expect(existsSync(join(stash, 'nl-nl'))).toBe(false);
  });

  it('gives the same result without the record’s pages (every file listed)', () => {
    const vouched = restore(out, stash, 'nl-nl', keep, pages);
    const after = filesUnder(join(out, 'nl-nl'));
    rmSync(join(out, 'nl-nl'), { recursive: true });
    for (const file of stashed) {
      mkdirSync(join(stash, 'nl-nl', file, '..'), { recursive: true });
      writeFileSync(join(stash, 'nl-nl', file), `old ${file}`);
    }
    mkdirSync(join(out, 'nl-nl/search'), { recursive: true });
    writeFileSync(join(out, 'nl-nl/search/index.html'), 'new search');
    const listed = restore(out, stash, 'nl-nl', keep);
    expect([...listed.kept].sort()).toEqual([...vouched.kept].sort());
    expect(filesUnder(join(out, 'nl-nl'))).toEqual(after);
  });

  it('does not look into a page folder the record vouches for', () => {
    // A folder that cannot be listed (a link to itself): listing it would stop the build.
    symlinkSync('loop', join(stash, 'nl-nl/a/loop'));
    expect(() => restore(out, stash, 'nl-nl', keep)).toThrow(/loop/);
    expect([...restore(out, stash, 'nl-nl', keep, pages).kept]).toContain('a/index.html');
  });

  it('writes again a page whose folder was deleted by hand, and deletes a page folder not kept whole', () => {
    rmSync(join(stash, 'nl-nl/a'), { recursive: true });
    writeFileSync(join(stash, 'nl-nl/b/left-by-hand.txt'), 'x');
    const { kept } = restore(out, stash, 'nl-nl', keep, pages);
    expect(kept.has('a/index.html')).toBe(false);
    expect(existsSync(join(out, 'nl-nl/b'))).toBe(false);
  });
});
