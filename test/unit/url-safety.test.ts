import { describe, expect, it } from 'vitest';
import { createSiteIndex, resolveLink } from '../../src/pipeline/link-resolver.ts';
import { renderMarkdown } from '../../src/pipeline/render/render-markdown.ts';
import { asBrowserReadsIt, judgeUrl, schemeOf } from '../../src/pipeline/url-safety.ts';

describe('a URL is read the way a browser reads it', () => {
  it('strips only C0 controls and spaces around it, and tabs and newlines inside it', () => {
    expect(asBrowserReadsIt(' \u0001java\tscr\nipt:x\u0000 ')).toBe('javascript:x');
    expect(asBrowserReadsIt('\u00A0javascript:x')).toBe('\u00A0javascript:x');
  });

  it('finds the scheme as the URL standard does', () => {
    expect(schemeOf('JaVaScRiPt:x')).toBe('javascript');
    expect(schemeOf('ms-settings:windowsupdate')).toBe('ms-settings');
    expect(schemeOf('\u00A0javascript:x')).toBeUndefined();
    expect(schemeOf('payment.md#a:b')).toBeUndefined();
  });
});

describe('judgeUrl', () => {
  const refused = (url: string, use: 'link' | 'image' | 'redirect' = 'link') => !judgeUrl(url, use).ok;

  it.each(['\u00A0javascript:x', '\u2028javascript:x', '\uFEFFjavascript:x', '\u3000javascript:x', '\u200Bjavascript:x', 'java\u00ADscript:x', 'vb\u2060script:x', '\u000Bjavascript:x'])(
    'refuses a script scheme hidden behind an invisible character (%j)',
    (url) => expect(refused(url)).toBe(true),
  );

  it('allows site, web, mail and app links, and refuses script and document schemes', () => {
    for (const ok of ['/nl-nl/a/', 'a.md#b', 'https://example.com/a b', 'mailto:x@example.com', 'ms-settings:windowsupdate', 'tel:+31']) expect(refused(ok)).toBe(false);
    for (const bad of ['javascript:x', 'data:text/html,x', 'vbscript:x', 'file:///etc/passwd', 'blob:https://x/y']) expect(refused(bad)).toBe(true);
  });

  it('allows inline pictures only as images', () => {
    const png = 'data:image/png;base64,iVBORw0KGgo=';
    expect(refused(png, 'image')).toBe(false);
    expect(refused(png, 'link')).toBe(true);
    expect(refused('data:image/svg+xml;base64,PHN2Zz4=', 'image')).toBe(true);
  });

  it('allows a redirect only to a site path or https, never another host or a padded value', () => {
    for (const ok of ['/nl-nl/a/', '/nl-nl/a/#b', 'https://example.com/']) expect(refused(ok, 'redirect')).toBe(false);
    for (const bad of ['//evil.example/', '/\\evil.example/', 'http://example.com/', 'javascript:x', ' /nl-nl/a/', '/nl-nl/a/\n', 'nl-nl/a/', '/a\\b/']) expect(refused(bad, 'redirect')).toBe(true);
  });
});

describe('the published link is judged, whatever resolving did to it', () => {
  it('does not turn a no-break space before javascript: into a live link', () => {
    const index = createSiteIndex(['en-us/a'], 'en-us');
    const source = '---\ntitle: T\n---\n\n<a href="&nbsp;javascript:alert(1)">x</a> [y](<\u3000javascript:alert(2)>)\n';
    const result = renderMarkdown(source, { locale: 'en-us', path: 'en-us/a.md', resolveLink: (href) => resolveLink(href, 'en-us/a.md', index) });
    const hrefs = [...result.html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]!);
    // The Markdown one is percent-encoded by the parser (a harmless relative path); the HTML one is removed.
    expect(hrefs).toEqual(['%E3%80%80javascript:alert(2)']);
    expect(hrefs.every((href) => judgeUrl(href, 'link').ok)).toBe(true);
    expect(result.diagnostics.filter((d) => d.rule === 'html/unsafe-url').map((d) => d.line)).toEqual([5]);
  });
});
