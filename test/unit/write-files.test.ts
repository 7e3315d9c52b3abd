/**
 * The page writer's worker (src/astro/write-files.ts): every file of every batch is written whole, a
 * failure names its file and stops the writes, and a batch's bytes move to the worker instead of being
 * copied.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { encode, fileWriter } from '../../src/astro/write-files.ts';

let root = '';
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'write-files-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('the file writer', () => {
  it('writes every file of every batch, making the folders they need', async () => {
    const writer = fileWriter();
    const texts = Array.from({ length: 5 }, (_, batch) => Array.from({ length: 40 }, (_, i) => `<p>${batch}/${i} Geweigerde creditcard — カード ✓</p>`));
    try {
      for (const [batch, files] of texts.entries()) await writer.write(files.map((text, i) => ({ path: join(root, `nl-nl/p${batch}-${i}/deep/index.html`), data: encode(text) })));
      await writer.done();
    } finally {
      await writer.stop();
    }
    for (const [batch, files] of texts.entries()) files.forEach((text, i) => expect(readFileSync(join(root, `nl-nl/p${batch}-${i}/deep/index.html`), 'utf8')).toBe(text));
  });

  it('moves the bytes to its thread: a sent buffer is emptied here', async () => {
    const writer = fileWriter();
    const data = encode('<p>a</p>');
    try {
      await writer.write([{ path: join(root, 'a/index.html'), data }]);
      expect(data.byteLength).toBe(0);
      await writer.done();
    } finally {
      await writer.stop();
    }
    expect(readFileSync(join(root, 'a/index.html'), 'utf8')).toBe('<p>a</p>');
  });

  it('fails with the file it could not write, and the next write fails too', async () => {
    writeFileSync(join(root, 'blocked'), 'a file where a folder must go');
    const writer = fileWriter();
    try {
      await writer.write([{ path: join(root, 'ok/index.html'), data: encode('ok') }, { path: join(root, 'blocked/page/index.html'), data: encode('x') }]);
      await expect(writer.done()).rejects.toThrow(/blocked/);
      await expect(writer.write([{ path: join(root, 'later/index.html'), data: encode('later') }])).rejects.toThrow(/blocked/);
    } finally {
      await writer.stop();
    }
    expect(readFileSync(join(root, 'ok/index.html'), 'utf8')).toBe('ok');
  });
});
