/**
 * Setting the last build's output aside (src/astro/previous-output.ts): the record stops vouching before
 * anything moves, and nothing half-moved is left to be trusted. The whole-build behaviour is in
 * test/interrupted-build.test.ts; these are the cases a real build cannot easily produce.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { filesUnder, readOutputRecord, setAside, writeOutputRecord } from '../../src/astro/previous-output.ts';

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
