/**
 * The host-rule writers on their own, fed data that skipped the registry's validation: each refuses what
 * its format cannot carry, naming the value and the file, and writes what it can quoted or encoded.
 */
import { describe, expect, it } from 'vitest';
import { HostRuleError } from '../src/pipeline/short-links/host-rule-values.ts';
import { netlifyRedirects, nginxMaps, nginxServer, type RedirectData } from '../src/pipeline/short-links/host-rules.ts';
import type { ResolvedRedirect, ResolvedShortLink } from '../src/pipeline/short-links/schema.ts';
import { judgeSitePath } from '../src/pipeline/short-links/site-path.ts';
import { judgeTarget } from '../src/pipeline/short-links/target.ts';

const data = (redirects: ResolvedRedirect[], shortLinks: ResolvedShortLink[] = [], locales = ['en-us', 'nl-nl']): RedirectData => ({ sourceLocale: 'en-us', locales, shortLinks, redirects });
const link = (target: string, targets: Record<string, string> = {}, id = '1'): ResolvedShortLink => ({ id, title: 't', defaultTarget: target, targets });

/** Runs a writer and returns its refusal, or undefined when it wrote. */
function refusal(write: () => string): string | undefined {
  try {
    write();
    return undefined;
  } catch (error) {
    expect(error).toBeInstanceOf(HostRuleError);
    return (error as Error).message;
  }
}

const bothNginx = (d: RedirectData) => [refusal(() => nginxServer(d)), refusal(() => nginxMaps(d))];

describe('the nginx writer refuses what would break out of its quotes', () => {
  it.each([
    '/en-us/leak" { alias /etc/passwd; default_type text/plain; } location = "/z/',
    '/en-us/go" { return 302 "javascript:alert(1)"; } location = "/y/',
    '/en-us/a\\"b/',
    '/en-us/$host/',
    '/en-us/{/',
    '/en-us/a;b/',
    '/en-us/a b/',
    '/en-us/a\nb/',
    '/en-us/a\u0000b/',
    '/en-us/a\u2028b/',
    '/en-us/a\uD800b/',
    'en-us/relative/',
    '//evil.example/',
  ])('from %j', (from) => {
    const message = refusal(() => nginxServer(data([{ from, to: '/en-us/a/' }])));
    expect(message).toMatch(/^refusing to write ".*" into _nginx\/fwlink-server\.conf: /s);
    expect(message).toContain(`"${from.slice(0, 8)}`);
  });

  it.each([
    '/en-us/a/"; return 302 "javascript:alert(1)',
    'https://evil.example/$host',
    'https://evil.example/$request_uri',
    'https://evil.example/{',
    'https://evil.example/;',
    'https://evil.example/a b',
    '/en-us/a/\u0000',
    'javascript:alert(1)',
    '\u00A0javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    '//evil.example/',
    'http://evil.example/',
  ])('to %j, in the server block and in the short-link map', (to) => {
    expect(refusal(() => nginxServer(data([{ from: '/en-us/old/', to }])))).toMatch(/into _nginx\/fwlink-server\.conf: /);
    expect(bothNginx(data([], [link(to)]))).toEqual([expect.stringMatching(/fwlink-server\.conf/), expect.stringMatching(/fwlink-http\.conf/)]);
    expect(bothNginx(data([], [link('/en-us/a/', { 'nl-nl': to })]))).toEqual([expect.stringMatching(/fwlink-server\.conf/), expect.stringMatching(/fwlink-http\.conf/)]);
  });

  it('refuses an id or a locale that is not one (they are map keys and a map regex)', () => {
    expect(bothNginx(data([], [link('/en-us/a/', {}, '1|" "https://evil.example/')]))).toEqual([expect.stringContaining('a short link id is digits only'), expect.stringContaining('a short link id is digits only')]);
    expect(refusal(() => nginxMaps(data([], [], ['en-us', '.*'])))).toContain('a locale is a lowercase tag');
    expect(bothNginx(data([], [link('/en-us/a/', { 'nl-nl" "x': '/nl-nl/a/' })]))).toEqual([expect.stringContaining('a locale is a lowercase tag'), expect.stringContaining('a locale is a lowercase tag')]);
  });

  it('refuses two redirects from one path (nginx would not start: "duplicate location")', () => {
    expect(refusal(() => nginxServer(data([{ from: '/en-us/a/', to: '/en-us/b/' }, { from: '/en-us/a/', to: '/en-us/c/' }])))).toContain('two redirects from the same path');
  });

  it('quotes every path and destination, and writes non-ASCII destinations percent-encoded', () => {
    const text = nginxServer(data([{ from: '/nl-nl/café/', to: '/nl-nl/überblick/#über' }], [link('https://example.com/search?q=a&lang=nl', { 'nl-nl': 'https://bücher.example/ü?q=ü' })]));
    expect(text).toContain('location = "/nl-nl/café/" { return 301 "/nl-nl/%C3%BCberblick/#%C3%BCber"; }');
    expect(text).toContain('location = "/fwlink/1/nl-nl/" { return 301 "https://xn--bcher-kva.example/%C3%BC?q=%C3%BC"; }');
    // A link with a page of its own in a locale: without a locale, the site's page picks the reader's.
    expect(text).not.toContain('location = "/fwlink/1/"');
    expect(nginxServer(data([], [link('https://example.com/search?q=a&lang=nl')]))).toContain('location = "/fwlink/1/" { return 301 "https://example.com/search?q=a&lang=nl"; }');
  });
});

describe('the _redirects writer refuses what would split a line or start a rule', () => {
  it.each([
    ['/en-us/x/ https://evil.example/ 301', 'U+0020'],
    ['/en-us/x/\n/fwlink/ https://evil.example/', 'U+000A'],
    ['/en-us/x/\t/y/', 'U+0009'],
    ['/en-us/x\u3000y/', 'U+3000'],
    ['/en-us/#x/', '"#"'],
    ['/en-us/*', '"*"'],
    ['/en-us/:splat/', '"/:"'],
  ])('from %j (%s)', (from, shown) => {
    expect(refusal(() => netlifyRedirects(data([{ from, to: '/en-us/a/' }])))).toContain(`into _redirects: a _redirects path cannot carry ${shown}`);
  });

  it.each(['/en-us/a/ 302', 'https://evil.example/\n/x/ /y/', 'javascript:alert(1)', '//evil.example/'])('to %j', (to) => {
    expect(refusal(() => netlifyRedirects(data([{ from: '/en-us/old/', to }])))).toMatch(/into _redirects: /);
    expect(refusal(() => netlifyRedirects(data([], [link(to)])))).toMatch(/into _redirects: /);
  });

  it('keeps a #fragment inside a destination and percent-encodes non-ASCII paths, as Netlify asks', () => {
    const text = netlifyRedirects(data([{ from: '/nl-nl/café/', to: '/nl-nl/a/#über' }]));
    expect(text).toContain('\n/nl-nl/caf%C3%A9/ /nl-nl/a/#%C3%BCber 301\n');
  });
});

describe('validation and writers agree', () => {
  it('every tricky value the registry accepts is one every writer can write', () => {
    const froms = ['/nl-nl/caf%C3%A9/', '/nl-nl/oud-café/', '/en-us/~old_name.v2/', '/ja-jp/概要/', '/th-th/อีเมล/', '/en-us/Old-Name/'];
    const targets = ['/nl-nl/caf%C3%A9/#%C3%BCberblick', '/en-us/a/#b', 'https://example.com/search?q=a&lang=nl#top', 'https://example.com/a%20b', 'https://bücher.example/ü?x=1'];
    const redirects = froms.map((from, i) => {
      const path = judgeSitePath(from, 'from');
      const target = judgeTarget(targets[i % targets.length]!);
      if (!path.ok || !target.ok) throw new Error(`the registry refused ${from} or ${targets[i % targets.length]}`);
      return { from: path.path, to: target.kind === 'https' ? target.url : `${target.path}${target.fragment ? `#${target.fragment}` : ''}` };
    });
    const d = data(redirects, [link(targets[2]!, { 'nl-nl': targets[4]! })], ['en-us', 'nl-nl', 'ja-jp', 'th-th']);
    expect([refusal(() => netlifyRedirects(d)), refusal(() => nginxMaps(d)), refusal(() => nginxServer(d))]).toEqual([undefined, undefined, undefined]);
  });
});
