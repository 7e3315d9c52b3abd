/** The reader always knows what they are reading, and is one click from the original. */
import { describe, expect, it } from 'vitest';
import { useBuiltSite } from '../helpers/browser.ts';
import { sites } from '../helpers/build-site.ts';

const main = useBuiltSite(sites.main.out);
const history = useBuiltSite(sites.history.out);
const fixture = useBuiltSite(sites.fixture.out);

describe('the language picker', () => {
  it('offers only the locales that have the article, keeps the section, and / remembers the choice', async () => {
    const context = await main.browser().newContext({ locale: 'nl-NL' });
    const tab = await context.newPage();
    await tab.goto(`${main.url()}/nl-nl/update-payment-method/#update-a-credit-card`);
    await tab.locator('.locale-picker summary').click();
    const options = tab.locator('.locale-picker a');
    expect(await options.allTextContents()).toEqual(['English (United States)']);
    await options.first().click();
    await tab.waitForURL(`${main.url()}/en-us/update-payment-method/#update-a-credit-card`);
    // A Dutch browser, but the reader chose English: / honours the choice.
    await tab.goto(`${main.url()}/`);
    await tab.waitForURL(`${main.url()}/en-us/`);
    await context.close();
  });
});

describe('an article a locale lacks', () => {
  it('shows the source text with a notice in the reader’s language, marked with its own language', async () => {
    const tab = await main.browser().newPage();
    await tab.goto(`${main.url()}/nl-nl/request-a-refund/`);
    expect(await tab.locator('html').getAttribute('lang')).toBe('nl-NL');
    expect(await tab.locator('.notice').first().textContent()).toBe('Dit artikel is nog niet beschikbaar in het Nederlands. Hier is het origineel in het Engels.');
    expect(await tab.locator('article').getAttribute('lang')).toBe('en-US');
    expect(await tab.locator('article[data-pagefind-body]').count()).toBe(0);
    expect(await tab.locator('link[rel=canonical]').getAttribute('href')).toBe('https://help.example.com/en-us/request-a-refund/');
    expect(await tab.locator('link[rel=alternate]').count()).toBe(0);
    await tab.close();
  });
});

describe('a machine-translated article', () => {
  it('says so, links the original, and “always show me the original” lasts until turned off', async () => {
    const context = await main.browser().newContext();
    const tab = await context.newPage();
    await tab.goto(`${main.url()}/nl-nl/declined-credit-card/`);
    const notice = tab.locator('.notice', { hasText: 'Dit artikel is machinaal vertaald.' });
    expect(await notice.locator('a').getAttribute('href')).toBe('/en-us/declined-credit-card/');
    await notice.getByRole('button', { name: 'Altijd het origineel tonen' }).click();
    await tab.waitForURL(`${main.url()}/en-us/declined-credit-card/`);

    // Another machine-translated article, in a later visit: straight to the original.
    const later = await context.newPage();
    await later.goto(`${main.url()}/nl-nl/payment-past-due/`);
    await later.waitForURL(`${main.url()}/en-us/payment-past-due/`);
    const bar = later.locator('#showing-originals');
    await bar.waitFor();
    await bar.getByRole('button', { name: 'Show translations again' }).click();
    await later.goto(`${main.url()}/nl-nl/payment-past-due/`);
    await later.waitForTimeout(200);
    expect(new URL(later.url()).pathname).toBe('/nl-nl/payment-past-due/');
    await context.close();
  });

  it('never sends a reader away when the original does not exist', async () => {
    const context = await fixture.browser().newContext();
    const tab = await context.newPage();
    await tab.goto(`${fixture.url()}/ar-sa/teams-ediscovery/`);
    await tab.evaluate(() => localStorage.setItem('help.original', '1'));
    await tab.reload();
    await tab.waitForTimeout(200);
    expect(new URL(tab.url()).pathname).toBe('/ar-sa/teams-ediscovery/');
    expect(await tab.locator('button[data-original]').count()).toBe(0);
    await context.close();
  });
});

describe('an outdated translation', () => {
  it('shows when the source changed, from git history, with a link to it', async () => {
    const tab = await history.browser().newPage();
    await tab.goto(`${history.url()}/nl-nl/card/`);
    const notice = tab.locator('.notice.outdated');
    expect(await notice.textContent()).toContain('Het origineel van dit artikel is op 5 maart 2024 gewijzigd, na de vertaling.');
    expect(await notice.locator('a').getAttribute('href')).toBe('/en-us/card/');
    await tab.goto(`${history.url()}/en-us/card/`);
    expect(await tab.locator('.notice.outdated').count()).toBe(0);
    await tab.close();
  });

  it('shows nothing without history (the seed’s hash is from another repository)', async () => {
    const tab = await main.browser().newPage();
    await tab.goto(`${main.url()}/nl-nl/declined-credit-card/`);
    expect(await tab.locator('.notice.outdated').count()).toBe(0);
    await tab.close();
  });
});

describe('right-to-left', () => {
  it('mirrors the layout: the title starts at the right, the search box sits at the left', async () => {
    const tab = await fixture.browser().newPage({ viewport: { width: 1000, height: 700 } });
    await tab.goto(`${fixture.url()}/ar-sa/teams-ediscovery/`);
    expect(await tab.locator('html').getAttribute('dir')).toBe('rtl');
    const main = (await tab.locator('main').boundingBox())!;
    const title = await tab.locator('h1').evaluate((h) => {
      const range = document.createRange();
      range.selectNodeContents(h);
      const r = range.getBoundingClientRect();
      return { left: r.left, right: r.right };
    });
    const search = (await tab.locator('form.search').boundingBox())!;
    const home = (await tab.locator('header a.home').boundingBox())!;
    expect(main.x + main.width - title.right).toBeLessThan(40);
    expect(search.x).toBeLessThan(home.x);
    await tab.close();
  });
});

describe('the 404 page', () => {
  it('speaks the language of the locale in the missing URL', async () => {
    const tab = await main.browser().newPage();
    const response = await tab.goto(`${main.url()}/nl-nl/no-such-article/`);
    expect(response?.status()).toBe(404);
    await tab.waitForFunction(() => document.documentElement.lang === 'nl-NL');
    expect(await tab.locator('h1').textContent()).toBe('Pagina niet gevonden');
    await tab.close();
  });
});
