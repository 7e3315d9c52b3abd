/**
 * The host-rule writers proven on a real nginx, without an Astro build: a small dist/ folder written here
 * with the `_nginx/` includes made from the content pipeline's RedirectData, served on 127.0.0.1.
 *
 * - Legitimate values that are easy to get wrong (non-ASCII and percent-escaped slugs, `~`, an https
 *   target with a query string and `&`) are correct 301s.
 * - The red team's injection strings are refused by the registry, so nginx serves nothing of theirs; and
 *   values that skipped the registry but are written stay literal inside nginx's quotes.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadContent } from '../src/pipeline/load-content.ts';
import { nginxMaps, nginxServer, type RedirectData } from '../src/pipeline/short-links/host-rules.ts';
import { fixturesDir } from './helpers/fixtures.ts';
import { startNginx, type NginxServer } from './helpers/nginx.ts';

const folders: string[] = [];
const servers: NginxServer[] = [];

/** Writes a dist/ with a home page and the nginx includes for `data`, and serves it. */
async function serve(data: RedirectData): Promise<(path: string) => Promise<{ status: number; location: string | null; body: string }>> {
  const dist = mkdtempSync(join(tmpdir(), 'help-host-rules-'));
  folders.push(dist);
  mkdirSync(join(dist, '_nginx'));
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>home</title>');
  // The pages a build writes for short links: they answer what the rules leave to them.
  mkdirSync(join(dist, 'fwlink'));
  writeFileSync(join(dist, 'fwlink/index.html'), '<!doctype html><title>the short-link page</title>');
  for (const link of data.shortLinks) {
    mkdirSync(join(dist, 'fwlink', link.id), { recursive: true });
    writeFileSync(join(dist, 'fwlink', link.id, 'index.html'), `<!doctype html><title>the page of ${link.id}</title>`);
  }
  writeFileSync(join(dist, '_nginx/fwlink-http.conf'), nginxMaps(data));
  writeFileSync(join(dist, '_nginx/fwlink-server.conf'), nginxServer(data));
  const nginx = await startNginx(dist);
  servers.push(nginx);
  return async (path) => {
    const response = await fetch(`${nginx.url}${path}`, { redirect: 'manual' });
    const location = response.headers.get('location');
    return { status: response.status, location: location === null ? null : location.replace(nginx.url, ''), body: await response.text() };
  };
}

function redirectDataOf(contentDir: string): { data: RedirectData; errors: number } {
  const result = loadContent({ contentDir, displayRoot: 'content' });
  return { data: { sourceLocale: 'en-us', locales: result.locales.map((l) => l.folder), shortLinks: result.shortLinks, redirects: result.redirects }, errors: result.errorCount };
}

afterAll(async () => {
  for (const server of servers) await server.stop();
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});

describe('legitimate tricky values are correct 301s on nginx', () => {
  let get: Awaited<ReturnType<typeof serve>>;
  beforeAll(async () => {
    const { data, errors } = redirectDataOf(join(fixturesDir, 'host-rules/content'));
    expect(errors).toBe(0);
    get = await serve(data);
  });

  it('redirects a non-ASCII old URL, asked for percent-encoded as browsers send it, to a percent-encoded Location', async () => {
    expect(await get('/nl-nl/oud-caf%C3%A9/')).toMatchObject({ status: 301, location: '/nl-nl/caf%C3%A9/' });
  });

  it('matches an old URL written with percent-escapes, and keeps a non-ASCII anchor', async () => {
    expect(await get('/nl-nl/caf%C3%A9-oud/')).toMatchObject({ status: 301, location: '/nl-nl/caf%C3%A9/#%C3%BCberblick' });
  });

  it('redirects a slug with ~, _ and . in every locale, however the ~ is escaped', async () => {
    expect(await get('/en-us/~old_name.v2/')).toMatchObject({ status: 301, location: '/en-us/pay/#update' });
    expect(await get('/nl-nl/%7Eold_name.v2/')).toMatchObject({ status: 301, location: '/nl-nl/pay/#update' });
  });

  it('sends an https target with a query string and & as it was written', async () => {
    expect(await get('/en-us/moved-out/')).toMatchObject({ status: 301, location: 'https://example.com/search?q=a&lang=en#top' });
    expect(await get('/fwlink/?linkid=101')).toMatchObject({ status: 301, location: 'https://example.com/search?q=help&lang=all' });
    expect(await get('/fwlink/101/')).toMatchObject({ status: 301, location: 'https://example.com/search?q=help&lang=all' });
  });

  it('leaves a link without a locale to the site’s page, which picks the reader’s language, when the link has a page per locale', async () => {
    expect(await get('/fwlink/?linkid=100')).toMatchObject({ status: 200, location: null, body: expect.stringContaining('the short-link page') });
    expect(await get('/fwlink/100/')).toMatchObject({ status: 200, location: null, body: expect.stringContaining('the page of 100') });
  });

  it('picks a short link’s non-ASCII locale target by locale parameter or path', async () => {
    expect(await get('/fwlink/p/?LinkId=100&locale=nl-NL')).toMatchObject({ status: 301, location: '/nl-nl/caf%C3%A9/#%C3%BCberblick' });
    expect(await get('/fwlink/100/nl-nl/')).toMatchObject({ status: 301, location: '/nl-nl/caf%C3%A9/#%C3%BCberblick' });
  });
});

describe('hostile values never reach nginx', () => {
  it('serves nothing of the red team’s redirects.yml: /etc/passwd stays unread, no script Location', async () => {
    const { data, errors } = redirectDataOf(join(fixturesDir, 'bad-input/registry-nginx-injection/content'));
    expect(errors).toBeGreaterThanOrEqual(8);
    expect(data.redirects).toEqual([{ from: '/en-us/moved/', to: '/en-us/a/' }]);
    const get = await serve(data);
    for (const path of ['/en-us/leak', '/en-us/leak%22', '/z/', '/en-us/go', '/y/', '/en-us/x/', '/en-us/nul/', '/en-us/$host/', '/en-us/older/']) {
      const answer = await get(path);
      expect(answer.status, path).toBe(404);
      expect(answer.body, path).not.toContain('root:');
    }
    expect(await get('/en-us/moved/')).toMatchObject({ status: 301, location: '/en-us/a/' });
  });

  it('keeps values the registry would refuse but the writer can carry literal inside nginx’s quotes', async () => {
    // Written straight into RedirectData, past the registry: ' # & = ( ) | are plain text between quotes.
    const odd = ["/en-us/it's/", '/en-us/a#b/', '/en-us/a&b=c/', '/en-us/(x)|y/'];
    const get = await serve({ sourceLocale: 'en-us', locales: ['en-us'], shortLinks: [], redirects: odd.map((from, i) => ({ from, to: `/en-us/target-${i}/` })) });
    expect(await get("/en-us/it's/")).toMatchObject({ status: 301, location: '/en-us/target-0/' });
    expect(await get('/en-us/a%23b/')).toMatchObject({ status: 301, location: '/en-us/target-1/' });
    expect(await get('/en-us/a')).toMatchObject({ status: 404 });
    expect(await get('/en-us/a&b=c/')).toMatchObject({ status: 301, location: '/en-us/target-2/' });
    expect(await get('/en-us/(x)%7Cy/')).toMatchObject({ status: 301, location: '/en-us/target-3/' });
  });
});
