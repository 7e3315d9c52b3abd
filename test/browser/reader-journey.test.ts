/** What only a browser shows: the language redirect at / and following links as a reader does. */
import { describe, expect, it } from 'vitest';
import { useBuiltSite } from '../helpers/browser.ts';
import { sites } from '../helpers/build-site.ts';

const site = useBuiltSite(sites.main.out);

describe('a Dutch reader', () => {
  it('lands on the Dutch home from /, opens the seed article and follows the link to the English version', async () => {
    const context = await site.browser().newContext({ locale: 'nl-NL' });
    const tab = await context.newPage();
    await tab.goto(`${site.url()}/`);
    await tab.waitForURL(`${site.url()}/nl-nl/`);
    expect(await tab.locator('html').getAttribute('lang')).toBe('nl-NL');

    await tab.getByRole('link', { name: 'Geweigerde creditcard' }).click();
    await tab.waitForURL(`${site.url()}/nl-nl/declined-credit-card/`);
    expect(await tab.locator('h1').textContent()).toBe('Geweigerde creditcard');

    await tab.locator('nav.languages').getByRole('link', { name: 'English (United States)' }).click();
    await tab.waitForURL(`${site.url()}/en-us/declined-credit-card/`);
    expect(await tab.locator('h1').textContent()).toBe('Declined credit card');
    expect(await tab.locator('html').getAttribute('lang')).toBe('en-US');
    await context.close();
  });
});

describe('the root page', () => {
  it('sends a Belgian Dutch reader to the closest locale, nl-nl', async () => {
    const context = await site.browser().newContext({ locale: 'nl-BE' });
    const tab = await context.newPage();
    await tab.goto(`${site.url()}/`);
    await tab.waitForURL(`${site.url()}/nl-nl/`);
    await context.close();
  });

  it('sends a reader whose languages the site lacks to the source locale', async () => {
    const context = await site.browser().newContext({ locale: 'fr-FR' });
    const tab = await context.newPage();
    await tab.goto(`${site.url()}/`);
    await tab.waitForURL(`${site.url()}/en-us/`);
    await context.close();
  });

  it('shows the list of locales without JavaScript', async () => {
    const context = await site.browser().newContext({ javaScriptEnabled: false, locale: 'nl-NL' });
    const tab = await context.newPage();
    await tab.goto(`${site.url()}/`);
    expect(new URL(tab.url()).pathname).toBe('/');
    expect(await tab.locator('main a').allTextContents()).toEqual(['English (United States)', 'Nederlands (Nederland)']);
    await context.close();
  });
});
