/**
 * Broken input is a fixture too: each folder under fixtures/bad-input holds a content tree and, in
 * expected.txt, every message a user sees for it, pinned word for word.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../src/pipeline/diagnostics.ts';
import { loadContent } from '../src/pipeline/load-content.ts';
import { caseFolders, expected, fixturesDir } from './helpers/fixtures.ts';

describe('bad input gets a clear error with file, line, value and fix', () => {
  for (const name of caseFolders('bad-input')) {
    it(`reports ${name}`, () => {
      const folder = join(fixturesDir, 'bad-input', name);
      const result = loadContent({ contentDir: join(folder, 'content'), displayRoot: 'content' });
      const text = result.diagnostics.map(formatDiagnostic).join('\n') + '\n';
      expect(result.errorCount).toBeGreaterThan(0);
      expect(text).toBe(expected(join(folder, 'expected.txt'), text));
      // Nothing is dropped silently: every file is in the manifest, with a page or with the reason it has none.
      for (const entry of result.manifest) expect(entry.url !== undefined || entry.reason !== undefined).toBe(true);
    });
  }

  it('lists every problem, not only the first, and still loads the good files', () => {
    const result = loadContent({ contentDir: join(fixturesDir, 'bad-input/many-problems/content'), displayRoot: 'content' });
    expect(result.errorCount).toBe(3);
    expect(result.articles.map((a) => a.data.path)).toEqual(['en-us/good.md']);
    expect(result.manifest.filter((e) => e.url === undefined).map((e) => e.path)).toEqual(['en-us/bad-date.md', 'en-us/empty.md', 'nl-nl/wrong-locale.md']);
  });
});
