/**
 * `npm run check:links`: one fixture site per scenario under fixtures/link-check, each pinning the exact
 * findings (file:line rule) in expected.txt; the project's own content and built site pass.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkBuiltSite } from '../scripts/lib/link-check/built-site.ts';
import { report } from '../scripts/lib/link-check/reporters.ts';
import { runLinkCheck } from '../scripts/lib/link-check/run.ts';
import { outputRoot, projectRoot, sites } from './helpers/build-site.ts';
import { caseFolders, expected, fixturesDir } from './helpers/fixtures.ts';

const brief = (f: { file: string; line?: number | undefined; column?: number | undefined; rule: string; severity: string }) =>
  `${f.file}:${f.line ?? ''}${f.column ? `:${f.column}` : ''} ${f.severity} ${f.rule}`;

describe('link check scenarios', () => {
  // built-* folders hold a built site only: the built-site check reads them below.
  for (const name of caseFolders('link-check').filter((n) => !n.startsWith('built-'))) {
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

  it('checks the anchors of NOINDEX, NOFOLLOW pages in the built site (linkinator skips them)', async () => {
    const { findings, pages, fragments } = await checkBuiltSite(join(fixturesDir, 'link-check/built-noindex/site'), [], (p) => p);
    expect(pages).toBe(3);
    expect(fragments).toBe(3);
    expect(findings.map((f) => `${f.rule} ${f.message}`)).toEqual([
      'built/missing-anchor the built page /en-us/a/ links to "/en-us/b/#missing", whose anchor is not on the target page',
      'built/missing-page the built page /en-us/a/ links to "/en-us/c/", which is not in the built site',
    ]);
  });

  it('finds anchors as a browser does: not a <meta name>, code text, a comment, <title>, <template> or <noscript>', async () => {
    const { findings, pages, links } = await checkBuiltSite(join(fixturesDir, 'link-check/built-parsed-anchors/site'), [], (p) => p);
    expect(pages).toBe(2);
    // The link inside the script's string is not a link.
    expect(links).toBe(13);
    expect(findings.map((f) => f.message.replace('the built page /en-us/a/ links to ', '').replace(', whose anchor is not on the target page', ''))).toEqual(
      ['"#x"', '"#y"', '"#z"', '"#c"', '"#t"', '"#in-template"', '"#in-noscript"'],
    );
  });
});

describe('reading a big built site on all cores', () => {
  /** 600 pages: each links to the next page's anchor, and every tenth to a page or anchor that is not there. */
  function bigSite(): string {
    const site = join(outputRoot, 'link-check-600');
    rmSync(site, { recursive: true, force: true });
    for (let i = 0; i < 600; i++) {
      const broken = i % 10 === 0 ? `<a href="/p/${i + 1}/#nope">x</a><a href="/gone/${i}/">y</a>` : '';
      mkdirSync(join(site, `p/${i}`), { recursive: true });
      writeFileSync(join(site, `p/${i}/index.html`), `<!doctype html><h1 id="h${i}">P</h1><a href="/p/${(i + 1) % 600}/#h${(i + 1) % 600}">next</a>${broken}<a href="#h${i}">top</a>`);
    }
    return site;
  }

  it('finds the same in worker threads as in this thread, in page and link order', async () => {
    const site = bigSite();
    const here = await checkBuiltSite(site, [], (p) => p, 1);
    expect(here).toMatchObject({ pages: 600, links: 600 * 2 + 60 * 2, fragments: 600 * 2 + 60 });
    expect(here.findings).toHaveLength(120);
    expect(here.findings.slice(0, 2).map((f) => f.message)).toEqual([
      'the built page /p/0/ links to "/p/1/#nope", whose anchor is not on the target page',
      'the built page /p/0/ links to "/gone/0/", which is not in the built site',
    ]);
    // Files are listed in name order (/p/0/, /p/1/, /p/10/, …): the findings follow it.
    expect(here.findings.map((f) => f.file).filter((f, i, all) => all.indexOf(f) === i).slice(0, 3)).toEqual(['dist/p/0/', 'dist/p/10/', 'dist/p/100/']);
    expect(await checkBuiltSite(site, [], (p) => p, 2)).toEqual(here);
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

describe('the command line', () => {
  const checkLinks = (...args: string[]) =>
    spawnSync(process.execPath, [join(projectRoot, 'node_modules/tsx/dist/cli.mjs'), 'scripts/check-links.ts', ...args], {
      cwd: projectRoot,
      encoding: 'utf8',
      env: { ...process.env, GITHUB_ACTIONS: 'false' },
    });

  it('names a built site that does not exist and exits 2, with no stack trace', () => {
    const run = checkLinks('--built', 'does-not-exist');
    expect(run.stderr).toBe(`check:links: the built site "does-not-exist" does not exist (${join(projectRoot, 'does-not-exist')}); build it first (npm run build), or give --built the output folder of a build\n`);
    expect(run.status).toBe(2);
  });

  it('names a content folder that does not exist, or is a file, and exits 2', () => {
    const run = checkLinks('--content', 'no-content', '--built', 'package.json');
    expect(run.stderr.split('\n')).toEqual([
      `check:links: the content folder "no-content" does not exist (${join(projectRoot, 'no-content')}); give --content <folder> or set CONTENT_DIR`,
      `check:links: the built site "package.json" is not a folder (${join(projectRoot, 'package.json')}); build it first (npm run build), or give --built the output folder of a build`,
      '',
    ]);
    expect(run.status).toBe(2);
  });
});
