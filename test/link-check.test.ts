/**
 * `npm run check:links`: one fixture site per scenario under fixtures/link-check, each pinning the exact
 * findings (file:line rule) in expected.txt; the project's own content and built site pass.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkBuiltSite } from '../scripts/lib/link-check/built-site.ts';
import { report } from '../scripts/lib/link-check/reporters.ts';
import { runLinkCheck } from '../scripts/lib/link-check/run.ts';
import { projectRoot, sites } from './helpers/build-site.ts';
import { caseFolders, expected, fixturesDir } from './helpers/fixtures.ts';

const brief = (f: { file: string; line?: number | undefined; column?: number | undefined; rule: string; severity: string }) =>
  `${f.file}:${f.line ?? ''}${f.column ? `:${f.column}` : ''} ${f.severity} ${f.rule}`;

describe('link check scenarios', () => {
  for (const name of caseFolders('link-check').filter((n) => n !== 'built-noindex')) {
    it(`finds exactly what is wrong in ${name}`, async () => {
      const folder = join(fixturesDir, 'link-check', name);
      const { findings } = await runLinkCheck({ contentDir: join(folder, 'content'), displayRoot: 'content' });
      const text = `${findings.map(brief).join('\n')}\n`;
      expect(findings.length).toBeGreaterThan(0);
      expect(text).toBe(expected(join(folder, 'expected.txt'), text));
    });
  }

  it('names the bad value and suggests the article meant', async () => {
    const { findings } = await runLinkCheck({ contentDir: join(fixturesDir, 'link-check/broken-link/content'), displayRoot: 'content' });
    expect(findings[0]).toMatchObject({ message: 'the link "paymnet-past-due.md" points to an article that does not exist', fix: 'did you mean payment-past-due.md?' });
  });

  it('checks the anchors of NOINDEX, NOFOLLOW pages in the built site (linkinator skips them)', () => {
    const { findings, pages, fragments } = checkBuiltSite(join(fixturesDir, 'link-check/built-noindex/site'), [], (p) => p);
    expect(pages).toBe(3);
    expect(fragments).toBe(3);
    expect(findings.map((f) => `${f.rule} ${f.message}`)).toEqual([
      'built/missing-anchor the built page /en-us/a/ links to "/en-us/b/#missing", whose anchor is not on the target page',
      'built/missing-page the built page /en-us/a/ links to "/en-us/c/", which is not in the built site',
    ]);
  });
});

describe('the project itself', () => {
  it('has no link errors in content/ nor in the built site', async () => {
    const { findings, summary } = await runLinkCheck({ contentDir: join(projectRoot, 'content'), displayRoot: 'content', built: sites.main.out });
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(summary['internal links']).toBeGreaterThan(100);
    // The seed's machine translation glued a link to the next word; the seed stays byte for byte, so this stays.
    expect(findings.map(brief)).toEqual(['content/nl-nl/declined-credit-card.md:31:16 warning link/glued']);
  });
});

describe('reporters', () => {
  const findings = [{ rule: 'link/missing-anchor', severity: 'error' as const, file: 'content/en-us/a.md', line: 6, column: 6, message: 'the link "b.md#x" points to #x, which /en-us/b/ does not have', fix: 'did you mean #y?' }];

  it('writes GitHub Actions annotations that point at the Markdown line', () => {
    expect(report(findings, 'github', {}).split('\n')[0]).toBe(
      '::error file=content/en-us/a.md,line=6,col=6,title=link/missing-anchor::the link "b.md#x" points to #x, which /en-us/b/ does not have (fix: did you mean #y?)',
    );
  });

  it('writes JSON with counts per rule', () => {
    expect(JSON.parse(report(findings, 'json', { articles: 1 }))).toMatchObject({ summary: { articles: 1 }, counts: { 'link/missing-anchor': 1 } });
  });
});
