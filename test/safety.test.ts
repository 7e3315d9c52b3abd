/** Untrusted content: every vector is neutralised, and what was removed is reported with its line. */
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { ALLOWED_TAGS } from '../src/pipeline/render/html-tags.ts';
import { renderMarkdown } from '../src/pipeline/render/render-markdown.ts';
import { isSafeUrl } from '../src/pipeline/url-safety.ts';
import { XSS_VECTORS } from './fixtures/xss-vectors.ts';

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
