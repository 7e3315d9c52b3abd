import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { articleText } from '../../src/pipeline/article-text.ts';
import { gitBlobHash } from '../../src/pipeline/git-blob-hash.ts';

const dir = mkdtempSync(join(tmpdir(), 'help-article-text-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('an article’s text, read again for rendering', () => {
  const bytes = new TextEncoder().encode('\uFEFF---\ntitle: Café\n---\nText.\n');
  writeFileSync(join(dir, 'a.md'), bytes);

  it('is the file as read, without its BOM', () => {
    expect(articleText(dir, { path: 'a.md', hash: gitBlobHash(bytes) })).toBe('---\ntitle: Café\n---\nText.\n');
  });

  it('is refused when the file changed after it was read, or is gone', () => {
    expect(() => articleText(dir, { path: 'a.md', hash: gitBlobHash(new TextEncoder().encode('before')) })).toThrow(
      'a.md: it changed after it was read, while the site was being built from it. Build again once nothing is writing to the content folder.',
    );
    expect(() => articleText(dir, { path: 'gone.md', hash: gitBlobHash(bytes) })).toThrow('gone.md: it cannot be read now (ENOENT), while the site was being built from it.');
  });
});
