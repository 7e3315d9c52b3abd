/**
 * Hostile registry values, one per case, through the whole content pipeline: each is refused at its
 * redirects.yml line with the value quoted, the good entry next to it still loads, and the host rules
 * written from what loaded carry nothing of the hostile value.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../src/pipeline/diagnostics.ts';
import { loadContent } from '../src/pipeline/load-content.ts';
import { netlifyRedirects, nginxMaps, nginxServer } from '../src/pipeline/short-links/host-rules.ts';

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** A content folder with one article (en-us/a.md) and the given registry files. */
function contentWith(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), 'help-registry-'));
  made.push(dir);
  mkdirSync(join(dir, 'en-us'));
  writeFileSync(join(dir, 'en-us/a.md'), '---\ntitle: A\n---\n# <a name="a"></a>A\n');
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

const load = (dir: string) => loadContent({ contentDir: dir, displayRoot: 'content' });
const rulesOf = (result: ReturnType<typeof load>) => {
  const data = { sourceLocale: 'en-us', locales: result.locales.map((l) => l.folder), shortLinks: result.shortLinks, redirects: result.redirects };
  return netlifyRedirects(data) + nginxMaps(data) + nginxServer(data);
};

// JSON strings are YAML double-quoted scalars: every control character arrives as written.
const yaml = (value: string) => JSON.stringify(value);

describe('a hostile redirect is refused at its line in redirects.yml', () => {
  const hostileFrom = [
    '/en-us/leak" { alias /etc/passwd; default_type text/plain; } location = "/z/',
    '/en-us/go" { return 302 "javascript:alert(1)"; } location = "/y/',
    '/en-us/leak"{alias/etc/passwd;}location="/z/',
    '/en-us/x/\nlocation = /y/ { return 301 https://evil.example/; }',
    '/en-us/x/ https://evil.example/ 301',
    '/en-us/nul\u0000/',
    '/en-us/$host/',
    '/en-us/a{b/',
    '/en-us/a;b/',
    '/en-us/a\\"b/',
    '/en-us/../../etc/passwd/',
    '/en-us/tab\there/',
    '/en-us/line\u2028sep/',
    '/en-us/cr\rlf/',
  ];
  it.each(hostileFrom)('from: %j', (from) => {
    const result = load(contentWith({ 'redirects.yml': `- from: /en-us/fine/\n  to: /en-us/a/\n- from: ${yaml(from)}\n  to: /en-us/a/\n` }));
    expect(result.diagnostics.map(formatDiagnostic)).toEqual([expect.stringMatching(/^content\/redirects\.yml:3 error \[redirect\/value\] from: "/)]);
    expect(result.redirects).toEqual([{ from: '/en-us/fine/', to: '/en-us/a/' }]);
    expect(rulesOf(result)).not.toMatch(/passwd|evil|javascript|\$host|[{;]\s*b|\u0000/);
  });

  const hostileTo = [
    '/en-us/a/"; return 302 "javascript:alert(1)',
    'https://evil.example/$host',
    'https://evil.example/\u0000',
    '/en-us/a/\n/fwlink/ https://evil.example/ 301',
    'javascript:alert(1)',
    '\u00A0javascript:alert(1)',
    'https://evil.example/a b 302',
    '/en-us/a/#x" onmouseover="alert(1)',
    'https://evil.example/{a}',
    'https://evil.example/;return',
  ];
  it.each(hostileTo)('to: %j', (to) => {
    const result = load(contentWith({ 'redirects.yml': `- from: /en-us/fine/\n  to: /en-us/a/\n- from: /en-us/old/\n  to: ${yaml(to)}\n` }));
    expect(result.diagnostics.map(formatDiagnostic)).toEqual([expect.stringMatching(/^content\/redirects\.yml:4 error \[redirect\/value\] to: "/)]);
    expect(result.redirects).toEqual([{ from: '/en-us/fine/', to: '/en-us/a/' }]);
    expect(rulesOf(result)).not.toMatch(/evil|javascript|\$host|onmouseover|\u0000/);
  });
});

describe('careless registry files', () => {
  it('reads a file saved with a UTF-8 byte order mark', () => {
    const bom = new Uint8Array([0xef, 0xbb, 0xbf]);
    const text = new TextEncoder().encode('- id: 1\n  title: Saved by Notepad\n  target: /{locale}/a/\n');
    const result = load(contentWith({ 'fwlinks.yml': new Uint8Array([...bom, ...text]) }));
    expect(result.diagnostics).toEqual([]);
    expect(result.shortLinks.map((l) => l.id)).toEqual(['1']);
  });

  it('refuses the same old URL twice even on one line (a flow list), which nginx would refuse to start on', () => {
    const result = load(contentWith({ 'redirects.yml': '[{ from: /en-us/x/, to: /en-us/a/ }, { from: /en-us/x/, to: "/en-us/a/#a" }]\n' }));
    expect(result.diagnostics.map((d) => `${d.line} ${d.rule}`)).toEqual(['1 redirect/duplicate']);
    expect(result.redirects).toEqual([{ from: '/en-us/x/', to: '/en-us/a/' }]);
  });

  it('shows a long value cut at 80 characters, and invisible characters as escapes', () => {
    const long = `/en-us/${'x'.repeat(200)}?utm=1`;
    const result = load(contentWith({ 'redirects.yml': `- from: ${yaml(long)}\n  to: /en-us/a/\n- from: "/en-us/\u202Eevil/"\n  to: /en-us/a/\n` }));
    const [first, second] = result.diagnostics.map((d) => d.message);
    expect(first).toBe(`from: "/en-us/${'x'.repeat(73)}…" has a ?query or #fragment, which servers do not match`);
    expect(second).toBe('from: "/en-us/\\u202eevil/" contains a space or invisible character (U+202E)');
  });
});
