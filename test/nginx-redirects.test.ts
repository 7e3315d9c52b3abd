/** The generated nginx rules, proven on a real nginx serving the built site on 127.0.0.1. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sites } from './helpers/build-site.ts';
import { startNginx, type NginxServer } from './helpers/nginx.ts';

let nginx: NginxServer;

beforeAll(async () => {
  nginx = await startNginx(sites.main.out);
});

afterAll(async () => {
  await nginx?.stop();
});

async function get(path: string) {
  const response = await fetch(`${nginx.url}${path}`, { redirect: 'manual' });
  const location = response.headers.get('location');
  return { status: response.status, location: location === null ? null : new URL(location, nginx.url).href.replace(nginx.url, '') };
}

describe('nginx with the generated includes', () => {
  it('leaves a short link without a locale to the site’s page, which picks the reader’s language', async () => {
    // 842054 has a page in every locale: the server cannot know the reader's language, the page can.
    expect(await get('/fwlink/p/?linkid=842054')).toEqual({ status: 200, location: null });
    expect(await get('/fwlink/?LinkId=842054')).toEqual({ status: 200, location: null });
    expect(await get('/fwlink/842054/')).toEqual({ status: 200, location: null });
  });

  it('picks the locale from clcid or locale, and the locale page of the short link', async () => {
    expect(await get('/fwlink/p/?LinkID=842054&clcid=0x413')).toEqual({ status: 301, location: '/nl-nl/update-payment-method/#update-a-credit-card' });
    expect(await get('/fwlink/p/?linkid=842054&locale=nl-NL')).toEqual({ status: 301, location: '/nl-nl/update-payment-method/#update-a-credit-card' });
    expect(await get('/fwlink/842054/nl-nl/')).toEqual({ status: 301, location: '/nl-nl/update-payment-method/#update-a-credit-card' });
  });

  it('does not redirect an unknown id, and serves the page that explains it', async () => {
    expect(await get('/fwlink/p/?linkid=999999')).toEqual({ status: 200, location: null });
    expect(await get('/fwlink/p/')).toEqual({ status: 200, location: null });
  });

  it('never takes a destination from the query string', async () => {
    expect(await get('/fwlink/p/?linkid=https://evil.example/')).toEqual({ status: 200, location: null });
    // Not a locale: the site's page answers (and picks the reader's language), as for no locale at all.
    expect(await get('/fwlink/p/?linkid=842054&locale=https://evil.example/')).toEqual({ status: 200, location: null });
  });

  it('redirects a moved article', async () => {
    expect(await get('/nl-nl/credit-card-declined/')).toEqual({ status: 301, location: '/nl-nl/declined-credit-card/' });
    expect(await get('/en-us/credit-card-declined/')).toEqual({ status: 301, location: '/en-us/declined-credit-card/' });
  });

  it('still serves the articles themselves', async () => {
    expect(await get('/nl-nl/declined-credit-card/')).toEqual({ status: 200, location: null });
  });
});
