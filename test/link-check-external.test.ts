/**
 * External links (`--external`) against a real HTTP server on 127.0.0.1 that misbehaves the ways hosts do,
 * the config file, and linkinator as a cross-check with its two traps.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyConfig, linkCheckConfigSchema, readLinkCheckConfig } from '../scripts/lib/link-check/config.ts';
import { checkExternal } from '../scripts/lib/link-check/external.ts';
import { linkinatorInternal } from '../scripts/lib/link-check/linkinator-cross-check.ts';
import { loadContent } from '../src/pipeline/load-content.ts';
import { sites } from './helpers/build-site.ts';
import { fixturesDir } from './helpers/fixtures.ts';

const hits = new Map<string, number>();
let server: Server;
let origin: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const n = (hits.get(path) ?? 0) + 1;
    hits.set(path, n);
    if (path === '/ok') res.writeHead(200).end('ok');
    else if (path === '/gone') res.writeHead(404).end();
    else if (path === '/flaky') res.writeHead(n <= 2 ? 503 : 200).end();
    else if (path === '/busy') res.writeHead(n === 1 ? 429 : 200, n === 1 ? { 'Retry-After': '1' } : {}).end();
    else if (path === '/slow') setTimeout(() => res.writeHead(200).end(), 3000);
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => {
  server.closeAllConnections();
  server.close();
});

function contentLinkingTo(paths: string[]) {
  const dir = mkdtempSync(join(tmpdir(), 'external-content-'));
  mkdirSync(join(dir, 'en-us'));
  writeFileSync(join(dir, 'en-us/a.md'), `---\ntitle: A\n---\n# A\n\n${paths.map((p) => `- [${p}](${origin}${p})`).join('\n')}\n`);
  return loadContent({ contentDir: dir, displayRoot: 'content' }).articles.map((a) => a.data);
}

describe('external links', () => {
  const settings = { timeout: 1000, concurrency: 4, retries: 3, cacheHours: 24, skip: [] };

  it('reports dead and silent hosts at the Markdown line, and rides out 429 and 5xx', async () => {
    const articles = contentLinkingTo(['/ok', '/gone', '/flaky', '/busy', '/slow']);
    const cacheFile = join(mkdtempSync(join(tmpdir(), 'external-cache-')), 'cache.json');
    const { findings, checked } = await checkExternal(articles, (p) => `content/${p}`, settings, cacheFile);
    expect(checked).toBe(5);
    expect(findings.map((f) => `${f.file}:${f.line} ${f.rule} ${f.message}`)).toEqual([
      `content/en-us/a.md:7 external/broken the external link "${origin}/gone" answers HTTP 404`,
      `content/en-us/a.md:10 external/broken the external link "${origin}/slow" answers nothing (timeout or no such host)`,
    ]);
    expect(hits.get('/flaky')).toBe(3);
    expect(hits.get('/busy')).toBe(2);

    // A second run answers from the cache: not one request.
    const before = [...hits.values()].reduce((a, b) => a + b, 0);
    const again = await checkExternal(articles, (p) => `content/${p}`, settings, cacheFile);
    expect([...hits.values()].reduce((a, b) => a + b, 0)).toBe(before);
    expect(again).toMatchObject({ checked: 0, cached: 5 });
    expect(again.findings).toHaveLength(2);
  }, 30_000);
});

describe('linkcheck.config.json', () => {
  const finding = (rule: string, file: string, message: string) => ({ rule, severity: 'warning' as const, file, message });

  it('changes severities, turns rules off and ignores findings by rule, file and value', () => {
    const config = linkCheckConfigSchema.parse({
      severities: { 'link/glued': 'off', 'short-link/unregistered': 'error' },
      ignore: [{ rule: 'built/missing-page', value: '/microsoft-365/' }, { file: 'content/ar-sa/' }],
    });
    const out = applyConfig(
      [
        finding('link/glued', 'content/nl-nl/a.md', 'glued'),
        finding('short-link/unregistered', 'content/nl-nl/a.md', 'id 1'),
        finding('built/missing-page', 'content/nl-nl/a.md', 'links to "/microsoft-365/x"'),
        finding('built/missing-page', 'content/nl-nl/a.md', 'links to "/other/"'),
        finding('link/insecure', 'content/ar-sa/b.md', 'http'),
      ],
      config,
    );
    expect(out.map((f) => `${f.severity} ${f.rule} ${f.message}`)).toEqual(['error short-link/unregistered id 1', 'warning built/missing-page links to "/other/"']);
  });

  it('rejects a config with a clear message', () => {
    const dir = mkdtempSync(join(tmpdir(), 'config-'));
    writeFileSync(join(dir, 'bad.json'), JSON.stringify({ severities: { 'link/glued': 'loud' } }));
    expect(() => readLinkCheckConfig(join(dir, 'bad.json'))).toThrow(/bad\.json: severities\.link\/glued: .*; see the comment in scripts\/lib\/link-check\/config\.ts/);
  });
});

describe('linkinator as a cross-check', () => {
  it('agrees with our check on the built site: no broken internal link', async () => {
    const result = await linkinatorInternal(sites.main.out);
    expect(result.checked).toBeGreaterThan(10);
    expect(result.broken).toEqual([]);
  }, 60_000);

  it('finds the missing page but is silent on the NOINDEX page’s missing anchor (our check reports it)', async () => {
    const result = await linkinatorInternal(join(fixturesDir, 'link-check/built-noindex/site'));
    expect(result.broken).toEqual(['/en-us/c/']);
  }, 30_000);

  it('refuses a run where a localhost skip pattern skipped everything', async () => {
    await expect(linkinatorInternal(sites.main.out, ['^(?!http://localhost)'])).rejects.toThrow(/checked [01] link\(s\).*127\.0\.0\.1, not localhost/);
  }, 30_000);
});
