/**
 * A rebuild after a few articles changed rewrites only what changed (article pages, the changed locale's
 * search index) and leaves a dist/ identical, file for file and byte for byte, to a cold build of the same
 * content.
 */
import { cpSync, readdirSync, readFileSync, rmSync, statSync, unlinkSync, writeFileSync, appendFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { filesUnder } from '../src/astro/previous-output.ts';
import { buildSite, outputRoot, sites } from './helpers/build-site.ts';

const content = join(outputRoot, 'rebuild-content');
const out = join(outputRoot, 'rebuild-site');
const cold = join(outputRoot, 'rebuild-cold');

const files = (root: string) => filesUnder(root).sort();

const article = (title: string, body: string) => `---\ntitle: ${title}\nms.contentlocale: nl-NL\n---\n\n# ${title}\n\n${body}\n`;

function build(outDir: string): string {
  const { status, output } = buildSite(content, outDir);
  if (status !== 0) throw new Error(output);
  return output;
}

let before: Map<string, { ino: number; mtimeMs: number }>;
let log: string;

beforeAll(() => {
  for (const dir of [content, out, `${out}-cache`, cold, `${cold}-cache`]) rmSync(dir, { recursive: true, force: true });
  cpSync(sites.main.content, content, { recursive: true });
  writeFileSync(join(content, 'nl-nl/tijdelijk.md'), article('Tijdelijk artikel', 'Dit artikel verdwijnt weer.'));
  build(out);
  before = new Map(files(out).map((f) => [f, statSync(join(out, f))]));
  appendFileSync(join(content, 'nl-nl/payment-past-due.md'), '\nEen zin met het woord kwartelkoning.\n');
  unlinkSync(join(content, 'nl-nl/tijdelijk.md'));
  writeFileSync(join(content, 'nl-nl/nieuw.md'), article('Nieuw artikel', 'Over de grutto.'));
  log = build(out);
  build(cold);
}, 180_000);

describe('a rebuild after articles changed', () => {
  it('writes only the changed and new article pages and indexes only their locale', () => {
    // 12 articles and the Dutch fallback page of the English-only request-a-refund.
    // An article added and one removed: every article's HTML has a new cache key (the site's titles changed),
    // so each page the last build wrote is stamped and compared by its hash.
    expect(log).toMatch(/\b13 article pages \(2 written, 11 unchanged; 14 stamped\)/);
    expect(log).toContain('(indexed nl-nl; 1 unchanged locale(s) kept)');
  });

  it('leaves nothing behind in the cache: the new bundle moved into dist/, the replaced one is deleted', () => {
    // Pagefind reads the input pages from memory (no input files), into a staging folder that moves whole.
    expect(readdirSync(join(`${out}-cache`, 'help-search'))).toEqual([]);
    expect(filesUnder(join(`${out}-cache`, 'help-previous-output'))).toEqual([]);
    expect(readdirSync(join(out, 'pagefind')).sort()).toEqual(['en-us', 'nl-nl']);
  });

  it('leaves unchanged article pages and search files untouched on disk', () => {
    const untouched = ['nl-nl/declined-credit-card/index.html', 'en-us/payment-past-due/index.html', ...files(out).filter((f) => f.startsWith('pagefind/en-us/fragment/'))];
    expect(untouched.length).toBeGreaterThan(5);
    for (const file of untouched) {
      const now = statSync(join(out, file));
      expect({ file, ino: now.ino, mtimeMs: now.mtimeMs }).toEqual({ file, ino: before.get(file)?.ino, mtimeMs: before.get(file)?.mtimeMs });
    }
  });

  it('has the changed text, the new page, and no page for the deleted article', () => {
    expect(readFileSync(join(out, 'nl-nl/payment-past-due/index.html'), 'utf8')).toContain('kwartelkoning');
    expect(existsSync(join(out, 'nl-nl/nieuw/index.html'))).toBe(true);
    expect(existsSync(join(out, 'nl-nl/tijdelijk'))).toBe(false);
  });

  it('leaves the same dist/ as a cold build, byte for byte, search index included', () => {
    const all = files(cold);
    expect(files(out)).toEqual(all);
    expect(all.filter((f) => !readFileSync(join(out, f)).equals(readFileSync(join(cold, f))))).toEqual([]);
  });
});

describe("a rebuild after one article's text changed", () => {
  let again: string;
  beforeAll(() => {
    appendFileSync(join(content, 'nl-nl/payment-past-due.md'), '\nNog een zin, over de tureluur.\n');
    again = build(out);
  }, 180_000);

  it('stamps only the changed page: the others are known unchanged by their keys', () => {
    // The changed page twice: to compare its hash, then to write it.
    expect(again).toMatch(/\b13 article pages \(1 written, 12 unchanged; 2 stamped\)/);
    expect(readFileSync(join(out, 'nl-nl/payment-past-due/index.html'), 'utf8')).toContain('tureluur');
  });
});

describe('a build after one without search (SEARCH=0)', () => {
  let after: string;
  beforeAll(() => {
    const { status, output } = buildSite(content, out, { SEARCH: '0' });
    if (status !== 0) throw new Error(output);
    after = build(out);
  }, 180_000);

  it('indexes again what the build without search let go, and search is whole', () => {
    expect(after).toContain('(indexed en-us, nl-nl)');
    for (const locale of ['en-us', 'nl-nl']) expect(existsSync(join(out, 'pagefind', locale, 'pagefind-entry.json'))).toBe(true);
  });
});
