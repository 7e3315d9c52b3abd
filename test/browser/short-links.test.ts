/** Short links on a plain static host (no server rules): the JavaScript pages do the redirecting. */
import { describe, expect, it } from 'vitest';
import { useBuiltSite } from '../helpers/browser.ts';
import { sites } from '../helpers/build-site.ts';
import { LOCALE_KEY } from '../../src/scripts/reader-prefs-keys.ts';

const site = useBuiltSite(sites.main.out);

describe('a short link in the seed article', () => {
  it('takes a Dutch reader to the Dutch target page, at the section', async () => {
    const tab = await site.browser().newPage();
    await tab.goto(`${site.url()}/nl-nl/declined-credit-card/`);
    await tab.getByRole('link', { name: 'creditcardgegevens' }).click();
    await tab.waitForURL(`${site.url()}/nl-nl/update-payment-method/#update-a-credit-card`);
    expect(await tab.locator('h2#update-a-credit-card').isVisible()).toBe(true);
    await tab.close();
  });
});

describe('a short link without a locale', () => {
  it.each([
    ['nl-NL', '/fwlink/842054/', '/nl-nl/update-payment-method/#update-a-credit-card'],
    ['en-US', '/fwlink/842054/', '/en-us/update-payment-method/#update-a-credit-card'],
    ['nl-BE', '/fwlink/?linkid=842054', '/nl-nl/update-payment-method/#update-a-credit-card'],
  ])('takes a reader whose browser asks for %s from %s to %s', async (language, path, target) => {
    const context = await site.browser().newContext({ locale: language });
    const tab = await context.newPage();
    await tab.goto(`${site.url()}${path}`);
    await tab.waitForURL(`${site.url()}${target}`);
    await context.close();
  });

  it('follows the language the reader chose on the site over the browser’s', async () => {
    const context = await site.browser().newContext({ locale: 'en-US' });
    const tab = await context.newPage();
    await tab.goto(`${site.url()}/nl-nl/`);
    await tab.evaluate((key) => localStorage.setItem(key, 'nl-nl'), LOCALE_KEY);
    await tab.goto(`${site.url()}/fwlink/842054/`);
    await tab.waitForURL(`${site.url()}/nl-nl/update-payment-method/#update-a-credit-card`);
    await context.close();
  });
});

describe('the query-string short link page', () => {
  it('follows /fwlink/p/?LinkID=…&clcid=0x413 to the Dutch target', async () => {
    const tab = await site.browser().newPage();
    await tab.goto(`${site.url()}/fwlink/p/?LinkID=842054&clcid=0x413`);
    await tab.waitForURL(`${site.url()}/nl-nl/update-payment-method/#update-a-credit-card`);
    await tab.close();
  });

  it.each([
    '/fwlink/?linkid=https://evil.example/',
    '/fwlink/p/?linkid=842054&locale=https://evil.example/x',
    '/fwlink/p/?linkid=__proto__',
    '/fwlink/p/?linkid=constructor&locale=__proto__',
    '/fwlink/p/?linkid=javascript:alert(1)',
    '/fwlink/p/?linkid=%0d%0aLocation:%20https://evil.example/',
    '/fwlink/?linkid=<img src=x onerror=window.__xss=1>',
    '/fwlink/p/?url=https://evil.example/&linkid=1',
  ])('stays on the site for %s', async (path) => {
    const tab = await site.browser().newPage();
    await tab.goto(`${site.url()}${path}`);
    await tab.waitForLoadState('load');
    await tab.waitForTimeout(150);
    expect(new URL(tab.url()).origin).toBe(site.url());
    expect(await tab.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    await tab.close();
  });

  it('explains an unknown id in the reader’s language', async () => {
    const context = await site.browser().newContext({ locale: 'nl-NL' });
    const tab = await context.newPage();
    await tab.goto(`${site.url()}/fwlink/p/?linkid=999999`);
    const message = tab.locator('#unknown');
    await message.waitFor();
    expect(await message.textContent()).toBe('Deze korte koppeling is niet bekend op deze site: 999999. Misschien is ze verkeerd getypt, of ze is nooit geregistreerd.');
    expect(await message.getAttribute('lang')).toBe('nl-NL');
    await context.close();
  });

  // In String.prototype.replace(pattern, string), $' $` and $& are patterns: the id must show as typed.
  it.each(["$'", '$`', '$&'])('shows an unknown id with %j in it as typed', async (pattern) => {
    const context = await site.browser().newContext({ locale: 'en-US' });
    const tab = await context.newPage();
    const id = `x${pattern}y`;
    await tab.goto(`${site.url()}/fwlink/p/?linkid=${encodeURIComponent(id)}`);
    const message = tab.locator('#unknown');
    await message.waitFor();
    expect(await message.textContent()).toBe(`This short link is not known to this site: ${id}. It may be mistyped, or it was never registered.`);
    await context.close();
  });

  it('lists the short links for a reader without JavaScript', async () => {
    const context = await site.browser().newContext({ javaScriptEnabled: false });
    const tab = await context.newPage();
    await tab.goto(`${site.url()}/fwlink/p/?linkid=842054`);
    expect(await tab.locator('main a[href="/fwlink/842054/"]').textContent()).toBe('Your products (update the payment method)');
    await context.close();
  });

  it('sends a reader of a moved article to its new address, without JavaScript too', async () => {
    const context = await site.browser().newContext({ javaScriptEnabled: false });
    const tab = await context.newPage();
    await tab.goto(`${site.url()}/nl-nl/credit-card-declined/`);
    await tab.waitForURL(`${site.url()}/nl-nl/declined-credit-card/`);
    await context.close();
  });
});
