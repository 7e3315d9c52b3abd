/** Untrusted content: every vector is neutralised, and what was removed is reported with its line. */
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { ALLOWED_TAGS } from '../src/pipeline/render/html-tags.ts';
import { renderMarkdown } from '../src/pipeline/render/render-markdown.ts';
import { isSafeUrl } from '../src/pipeline/url-safety.ts';
import { join } from 'node:path';
import { XSS_VECTORS } from './fixtures/xss-vectors.ts';
import { expected, fixturesDir } from './helpers/fixtures.ts';

/** Parses the output as a browser would and lists whatever could run. */
function dangers(html: string): string[] {
  const found: string[] = [];
  visit(fromHtml(html, { fragment: true }), 'element', (node: Element) => {
    if (!ALLOWED_TAGS.has(node.tagName)) found.push(`<${node.tagName}>`);
    for (const [name, value] of Object.entries(node.properties)) {
      if (/^on/i.test(name) || name === 'style' || name === 'srcDoc') found.push(`${node.tagName}[${name}]`);
      if (['href', 'src', 'action', 'formAction', 'data'].includes(name) && typeof value === 'string' && !isSafeUrl(value, name === 'src')) found.push(`${node.tagName}[${name}=${value}]`);
    }
  });
  return found;
}

describe('hostile content is neutralised', () => {
  it('has at least 20 vectors', () => expect(XSS_VECTORS.length).toBeGreaterThanOrEqual(20));

  it('puts every vector on the hostile page of the fixture site, which the browser test clicks through', () => {
    const page = `---\ntitle: Hostile content\nms.contentlocale: en-US\n---\n# Hostile content\n\nEvery vector of test/fixtures/xss-vectors.ts; none may run.\n\n${XSS_VECTORS.map((v, i) => `Vector ${i + 1}:\n\n${v}\n`).join('\n')}`;
    expect(page).toBe(expected(join(fixturesDir, 'site/content/en-us/hostile.md'), page));
  });

  it('the check itself finds a script, a handler and a javascript: URL', () => {
    expect(dangers('<script>x</script><img onerror="x"><a href="javascript:x">a</a>')).toEqual(['<script>', 'img[onError]', 'a[href=javascript:x]']);
  });

  for (const [i, vector] of XSS_VECTORS.entries()) {
    it(`vector ${i + 1}: ${vector.slice(0, 60)}`, () => {
      const source = `---\ntitle: Hostile\n---\n\n${vector}\n`;
      const result = renderMarkdown(source, { locale: 'en-us', path: 'en-us/hostile.md', resolveLink: (href) => ({ kind: 'other', href }) });
      expect(dangers(result.html)).toEqual([]);
      // Removed, and reported at the author's line (the vector is on line 5).
      expect(result.stats.removed).toBeGreaterThan(0);
      expect(result.diagnostics.filter((d) => d.rule.startsWith('html/')).map((d) => d.line)).toContain(5);
    });
  }
});
