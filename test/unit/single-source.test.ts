/**
 * Wording and escaping each live in one module: every diagnostic's rule id and text in
 * src/pipeline/messages.ts, HTML escaping in src/article-pages/html-escape.ts. Copies drift apart (five rule
 * ids and three escapers once lived elsewhere), so these fail on the first one written in src/ or scripts/.
 * Comment lines are not code and may quote anything.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { filesUnder } from '../../src/pipeline/walk-files.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const MESSAGES = 'src/pipeline/messages.ts';
const ESCAPER = 'src/article-pages/html-escape.ts';

const sources = ['src', 'scripts'].flatMap((folder) =>
  filesUnder(join(root, folder))
    .filter((file) => /\.(ts|mts|mjs|js|astro)$/.test(file))
    .map((file) => `${folder}/${file}`),
);

/** `file:line: text` of each code line (not a comment line) that matches. */
function codeLines(file: string, pattern: RegExp): string[] {
  return readFileSync(join(root, file), 'utf8')
    .split('\n')
    .flatMap((text, i) => (/^\s*(\*|\/\*|\/\/)/.test(text) || !pattern.test(text) ? [] : [`${file}:${i + 1}: ${text.trim().slice(0, 120)}`]));
}

describe('rule ids and message texts', () => {
  it('are written in messages.ts only: no `rule:` with a literal anywhere else', () => {
    expect(sources.filter((file) => file !== MESSAGES).flatMap((file) => codeLines(file, /\brule:\s*['"`]/))).toEqual([]);
  });

  it('are not passed around as literals either: no rule id of messages.ts is written anywhere else', () => {
    const text = readFileSync(join(root, MESSAGES), 'utf8');
    const ids = new Set([...text.matchAll(/\b(?:error|warn)\(\s*'([a-z0-9-]+\/[a-z0-9-]+)'/g)].map((m) => m[1]!));
    expect(ids.size).toBeGreaterThan(50);
    const written = sources
      .filter((file) => file !== MESSAGES)
      .flatMap((file) => codeLines(file, /['"`][a-z0-9-]+\/[a-z0-9-]+['"`]/).filter((line) => [...line.matchAll(/['"`]([a-z0-9-]+\/[a-z0-9-]+)['"`]/g)].some((m) => ids.has(m[1]!))));
    expect(written).toEqual([]);
  });
});

describe('HTML escaping', () => {
  it('is html-escape.ts alone: no other code writes &amp;', () => {
    expect(sources.filter((file) => file !== ESCAPER).flatMap((file) => codeLines(file, /['"`]&amp;['"`]/))).toEqual([]);
  });
});
