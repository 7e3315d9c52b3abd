import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { expected } from '../helpers/fixtures.ts';

describe('a fixture with no expected file', () => {
  const before = process.env['UPDATE_FIXTURES'];
  afterEach(() => {
    if (before === undefined) delete process.env['UPDATE_FIXTURES'];
    else process.env['UPDATE_FIXTURES'] = before;
  });

  it('fails and says how to write it, instead of pinning whatever it printed', () => {
    delete process.env['UPDATE_FIXTURES'];
    const file = join(mkdtempSync(join(tmpdir(), 'fixture-')), 'expected.txt');
    expect(() => expected(file, 'anything')).toThrow(/does not exist\. Run npm run test:update/);
  });

  it('is written only when updating on purpose', () => {
    process.env['UPDATE_FIXTURES'] = '1';
    const file = join(mkdtempSync(join(tmpdir(), 'fixture-')), 'expected.txt');
    expect(expected(file, 'new output')).toBe('new output');
    writeFileSync(file, 'pinned');
    delete process.env['UPDATE_FIXTURES'];
    expect(expected(file, 'other output')).toBe('pinned');
  });
});
