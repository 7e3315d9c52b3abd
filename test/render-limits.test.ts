/**
 * Every failure names its file: articles too large to render are refused before rendering, and anything
 * that still goes wrong inside the renderer becomes an error naming the article (nesting too deep is
 * pinned by the bad-input fixtures render-deep-*).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../src/pipeline/diagnostics.ts';
import { loadContent } from '../src/pipeline/load-content.ts';
import { renderJob } from '../src/pipeline/render/render-job.ts';
import { renderMarkdown } from '../src/pipeline/render/render-markdown.ts';
import { contextMaker } from '../src/pipeline/render/site-facts.ts';
import { ERROR_BYTES, WARN_BYTES } from '../src/pipeline/size-limits.ts';

const work = mkdtempSync(join(tmpdir(), 'help-limits-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('article size', () => {
  it('refuses an article above the error limit before rendering it, and warns about one above the warning limit', () => {
    const content = join(work, 'content');
    mkdirSync(join(content, 'en-us'), { recursive: true });
    const article = (title: string, bytes: number) => {
      const head = `---\ntitle: ${title}\n---\n# ${title}\n\n\`\`\`text\n`;
      return head + 'x'.repeat(bytes - head.length - 5) + '\n```\n';
    };
    writeFileSync(join(content, 'en-us/huge.md'), article('Huge', ERROR_BYTES + 1));
    writeFileSync(join(content, 'en-us/large.md'), article('Large', WARN_BYTES + 1));
    writeFileSync(join(content, 'en-us/small.md'), article('Small', 1000));
    const started = performance.now();
    const result = loadContent({ contentDir: content, displayRoot: 'content' });
    expect(result.diagnostics.map(formatDiagnostic)).toEqual([
      'content/en-us/huge.md error [file/too-large] the file is 5.1 MB, more than the limit of 5 MB, so it was not rendered\n    fix: split it into several articles; a help article is rarely above 50 KB',
      'content/en-us/large.md warning [file/large] the file is 1.1 MB, more than 1 MB: it slows every build (seconds and hundreds of MB of memory per MB to render)\n    fix: split it into several articles, or move repeated text into a partial under includes/',
    ]);
    expect(result.articles.map((a) => a.data.path)).toEqual(['en-us/large.md', 'en-us/small.md']);
    expect(result.manifest.find((e) => e.path === 'en-us/huge.md')?.reason).toContain('not rendered');
    // Not rendered means not parsed either: a 5 MB article would take many seconds.
    expect(performance.now() - started).toBeLessThan(5000);
  });
});

describe('a failure inside the renderer', () => {
  const facts = { sourceLocale: 'en-us', articles: [], titles: [], files: [], shortLinkIds: [] };

  it('becomes an error naming the article, with no page, instead of stopping the build', () => {
    const contextFor = contextMaker(facts);
    const broken: typeof contextFor = (path, locale, job) => ({
      ...contextFor(path, locale, job),
      resolveLink: () => {
        throw new RangeError('Maximum call stack size exceeded');
      },
    });
    const result = renderJob({ key: 'k', path: 'nl-nl/kapot.md', locale: 'nl-nl', text: '# Kapot\n\n[link](x.md)\n' }, broken);
    expect(result.html).toBe('');
    expect(result.diagnostics).toEqual([
      {
        rule: 'render/failed',
        severity: 'error',
        message: 'rendering this file failed (RangeError: Maximum call stack size exceeded), so it has no page',
        fix: 'simplify the construct the error names, or report it with this file attached',
      },
    ]);
  });

  it('renders what is fine as before', () => {
    const result = renderJob({ key: 'k', path: 'nl-nl/goed.md', locale: 'nl-nl', text: '# Goed\n' }, contextMaker(facts));
    expect(result.html).toBe('<h1 id="goed">Goed</h1>');
    expect(result.diagnostics).toEqual([]);
  });
});

describe('nesting', () => {
  it('keeps what real articles nest: lists in quotes in lists, emphasis in links, a few levels of HTML', () => {
    const text = '> - a\n>   > 1. *b [**c**](x.md)*\n\n<div><div><span>d</span></div></div>\n';
    const result = renderMarkdown(text);
    expect(result.diagnostics).toEqual([]);
    expect(result.html).toContain('<strong>c</strong>');
  });

  it('cuts off what is nested past the limit instead of overflowing the stack', () => {
    const result = renderMarkdown(`${'*a _b '.repeat(400)}x${' c_ d*'.repeat(400)}\n`);
    expect(result.diagnostics).toEqual([expect.objectContaining({ rule: 'markdown/too-deep', severity: 'error', line: 1 })]);
    expect(result.html.match(/<em>/g)?.length).toBeLessThanOrEqual(50);
  });
});
