/** Registry values judged as the servers and browsers that use them will read them. */
import { describe, expect, it } from 'vitest';
import { judgeSitePath } from '../../src/pipeline/short-links/site-path.ts';
import { judgeTarget } from '../../src/pipeline/short-links/target.ts';

const reasonOf = (verdict: { ok: true } | { ok: false; reason: string }) => (verdict.ok ? 'accepted' : verdict.reason);

describe('a redirect’s from is a clean site path', () => {
  it.each([
    ['/{locale}/old-name/', '/{locale}/old-name/'],
    ['/nl-nl/café/', '/nl-nl/café/'],
    ['/nl-nl/caf%C3%A9/', '/nl-nl/café/'],
    ['/en-us/p%61y/', '/en-us/pay/'],
    ['/en-us/~old_name.v2/', '/en-us/~old_name.v2/'],
    ['/sr-latn-rs/commercial/add-a-domain/', '/sr-latn-rs/commercial/add-a-domain/'],
    ['/ja-jp/概要/', '/ja-jp/概要/'],
    ['/th-th/อีเมล/', '/th-th/อีเมล/'],
    ['/en-us/Old-Name/', '/en-us/Old-Name/'],
  ])('accepts %s as the path %s (percent-escapes decoded, as servers match it)', (from, path) => {
    const verdict = judgeSitePath(from, 'from');
    expect(verdict.ok && verdict.path).toBe(path);
  });

  it.each([
    ['/en-us/leak" { alias /etc/passwd; default_type text/plain; } location = "/z/', 'contains a space or invisible character (U+0020)'],
    ['/en-us/leak"{alias/etc/passwd;}location="/z/', 'contains "\\"", which a site path cannot have'],
    ['/en-us/go;return/', 'contains ";", which a site path cannot have'],
    ['/en-us/$host/', 'contains "$", which a site path cannot have'],
    ['/en-us/{x}/', 'has { or } outside the /{locale}/ placeholder'],
    ['/en-us/{locale}/', 'has { or } outside the /{locale}/ placeholder'],
    ['/en-us/a\u0000/', 'contains the control character U+0000'],
    ['/en-us/a\n/', 'contains the control character U+000A'],
    ['/en-us/a\u00A0b/', 'contains a space or invisible character (U+00A0)'],
    ['/en-us/a\u200Bb/', 'contains a space or invisible character (U+200B)'],
    ['/en-us/a\u202Eb/', 'contains a space or invisible character (U+202E)'],
    ['/en-us/a\\b/', 'contains "\\\\", which a site path cannot have'],
    ['/en-us/../etc/', 'has a ".." segment'],
    ['/en-us/./a/', 'has a "." segment'],
    ['/en-us/%2e%2e/etc/', 'has a "%2e%2e" segment'],
    ['/en-us//a/', 'has an empty segment (//)'],
    ['/en-us/a%2Fb/', 'has "/" in a path segment (once its percent-escapes are decoded)'],
    ['/en-us/a%20b/', 'has U+0020 in a path segment (once its percent-escapes are decoded)'],
    ['/en-us/a%22b/', 'has "\\"" in a path segment (once its percent-escapes are decoded)'],
    ['/en-us/caf%E9/', 'has percent-escapes that are not UTF-8 text'],
    ['/en-us/100%/', 'has a % that is not a percent-escape'],
    ['/en-us/old?x=1/', 'has a ?query or #fragment'],
    ['/en-us/old/#top', 'has a ?query or #fragment'],
    ['/en-us/old', 'must end with /'],
    ['/EN-US/old/', 'does not start with a locale'],
    ['/x/old-name/', 'does not start with a locale (/x/ is not one)'],
    ['//evil.example/a/', 'starts with //, which browsers read as another host'],
    ['en-us/old/', 'must start with /'],
    ['/en-us/*/', 'has "*" in a path segment'],
    ['/en-us/:splat/', 'has ":" in a path segment'],
    ['/en-us/a\uD800/', 'has U+D800 in a path segment'],
  ])('refuses %j: %s', (from, reason) => {
    expect(reasonOf(judgeSitePath(from, 'from'))).toContain(reason);
  });
});

describe('a registry target is a clean site path or an https URL', () => {
  it.each([
    ['/{locale}/pay/#update-a-credit-card', { kind: 'site', path: '/{locale}/pay/', fragment: 'update-a-credit-card' }],
    ['/nl-nl/caf%C3%A9/#%C3%BCberblick', { kind: 'site', path: '/nl-nl/café/', fragment: 'überblick' }],
    ['/', { kind: 'site', path: '/', fragment: undefined }],
    ['https://example.com/search?q=a&lang=nl#top', { kind: 'https', url: 'https://example.com/search?q=a&lang=nl#top' }],
    ['https://example.com/a%20b', { kind: 'https', url: 'https://example.com/a%20b' }],
  ])('accepts %s', (target, expected) => {
    expect(judgeTarget(target)).toMatchObject({ ok: true, ...expected });
  });

  it.each([
    ['javascript:alert(1)', 'uses the javascript: scheme'],
    ['\u00A0javascript:alert(1)', 'hides the javascript: scheme'],
    ['http://example.com/', 'is not https'],
    ['//evil.example/', 'which browsers read as another host'],
    ['/{locale}/pay/#a"onmouseover', 'contains "\\"", which a site path cannot have'],
    ['/{locale}/pay/?q=1', 'has a ?query'],
    ['/{locale}/pay/#', 'ends with an empty #'],
    ['/{locale}/a b/', 'contains a space or invisible character (U+0020)'],
    ['/en-us/a/\u0000', 'has spaces or control characters around it'],
    ['/en-us/a\u0000b/', 'contains the control character U+0000'],
    ['https://example.com/$host', 'contains "$", which no server rule can carry'],
    ['https://example.com/a"b', 'contains "\\"", which no server rule can carry'],
    ['https://example.com/{a}', 'contains "{", which no server rule can carry'],
    ['https://example.com/a;b', 'contains ";", which no server rule can carry'],
    ['https://example.com/a\u200Bb', 'contains U+200B, which no server rule can carry'],
    ['https://example.com/a b', 'contains U+0020, which no server rule can carry'],
    ['https://exa\u0000mple.com/', 'contains U+0000, which no server rule can carry'],
    ['https:/example.com/', 'is not written as https://host/'],
    ['https://[::1/', 'is not a valid URL'],
  ])('refuses %j: %s', (target, reason) => {
    expect(reasonOf(judgeTarget(target))).toContain(reason);
  });

  it('says how to fix every refusal ("what; how")', () => {
    for (const bad of ['//evil.example/', '/{locale}/a b/', 'https://example.com/$host', '/en-us/../a/']) expect(reasonOf(judgeTarget(bad))).toMatch(/^[^;]+; \S/);
  });
});
