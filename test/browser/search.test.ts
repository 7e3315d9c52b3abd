/** Search on the built site, with the real Pagefind index, in Chromium. */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBuiltSite } from '../helpers/browser.ts';
import { sites } from '../helpers/build-site.ts';

const site = useBuiltSite(sites.main.out);
const fixture = useBuiltSite(sites.fixture.out);

/** Types into the header search box and waits until the panel shows that query's results. */
async function search(tab: Page, query: string) {
  const box = tab.locator('#search-panel-input');
  await box.click();
  await box.pressSequentially(query, { delay: 20 });
  await tab.locator(`#search-panel[data-query="${query}"]`).waitFor({ state: 'attached' });
  return tab.locator('#search-panel');
}

describe('search', () => {
  it('finds the seed article for "creditcard" in nl-nl, and "creditcards" too (stemming)', async () => {
    const tab = await site.browser().newPage();
    await tab.goto(`${site.url()}/nl-nl/`);
    const panel = await search(tab, 'creditcard');
    expect(await panel.locator('ol li a').first().getAttribute('href')).toMatch(/^\/nl-nl\/declined-credit-card\//);
    await tab.locator('#search-panel-input').fill('');
    const stemmed = await search(tab, 'creditcards');
    expect(await stemmed.locator('ol li a').allTextContents()).toContain('Geweigerde creditcard');
    await tab.close();
  });

  it('searches only the reader’s locale: an English query in en-us finds the English article, not the Dutch one', async () => {
    const tab = await site.browser().newPage();
    await tab.goto(`${site.url()}/en-us/`);
    const panel = await search(tab, 'declined');
    const hrefs = await panel.locator('ol li a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.some((h) => h.startsWith('/en-us/declined-credit-card/'))).toBe(true);
    expect(hrefs.filter((h) => h.startsWith('/nl-nl/'))).toEqual([]);
    await tab.close();
  });

  it('opens a result at the matching section', async () => {
    const tab = await site.browser().newPage();
    await tab.goto(`${site.url()}/en-us/`);
    const panel = await search(tab, 'allow payments');
    const link = panel.locator('ol li a').first();
    expect(await link.getAttribute('href')).toBe('/en-us/update-payment-method/#troubleshoot-credit-cards-and-bank-accounts');
    await link.click();
    await tab.waitForURL(`${site.url()}/en-us/update-payment-method/#troubleshoot-credit-cards-and-bank-accounts`);
    await tab.close();
  });

  it('offers source-locale matches as a second, labelled group when the locale has few', async () => {
    const tab = await site.browser().newPage();
    await tab.goto(`${site.url()}/nl-nl/`);
    const panel = await search(tab, 'refund');
    expect(await panel.locator('h2').allTextContents()).toEqual(['Geen resultaten voor “refund”.', 'Ook in het Engels']);
    expect(await panel.locator('ol[lang] li a').first().getAttribute('href')).toMatch(/^\/en-us\/request-a-refund\//);
    await tab.close();
  });

  it('has a shareable search page that works from ?q=', async () => {
    const tab = await site.browser().newPage();
    await tab.goto(`${site.url()}/nl-nl/search/?q=creditcard`);
    const results = tab.locator('#search-page-results[data-query="creditcard"]');
    await results.waitFor({ state: 'attached' });
    expect(await results.locator('ol li a').first().getAttribute('href')).toMatch(/^\/nl-nl\/declined-credit-card\//);
    expect(await tab.locator('#search-page-results-input').inputValue()).toBe('creditcard');
    await tab.close();
  });

  // In String.prototype.replace(pattern, string), $' $` and $& are patterns: the query must show as typed.
  it.each(["$'", '$`', '$&'])('shows a query with %j in the results heading as typed', async (pattern) => {
    const tab = await site.browser().newPage();
    const q = `zqx${pattern}qz`;
    await tab.goto(`${site.url()}/en-us/search/?q=${encodeURIComponent(q)}`);
    const heading = tab.locator('#search-page-results h2').first();
    await heading.waitFor();
    expect([`No results for “${q}”.`, `Results for “${q}”`]).toContain(await heading.textContent());
    await tab.close();
  });

  it('loads nothing for search until the reader focuses the box, which is labelled in the page language', async () => {
    const tab = await site.browser().newPage();
    const requested: string[] = [];
    tab.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await tab.goto(`${site.url()}/nl-nl/declined-credit-card/`);
    await tab.waitForLoadState('networkidle');
    expect(requested.filter((p) => p.startsWith('/pagefind') || p.includes('search-ui'))).toEqual([]);
    // Skip link, home, all languages, the language picker, then the search box.
    const loaded = tab.waitForResponse((r) => r.url().includes('search-ui'));
    for (let i = 0; i < 5; i++) await tab.keyboard.press('Tab');
    const box = tab.getByRole('searchbox', { name: 'Zoeken in Help' });
    expect(await box.evaluate((el) => el === document.activeElement)).toBe(true);
    await loaded;
    await tab.close();
  });

  it('shows an excerpt as the page reads: "&lt;script&gt;" and "&amp;" decoded once, not twice', async () => {
    const tab = await fixture.browser().newPage();
    await tab.goto(`${fixture.url()}/en-us/`);
    const panel = await search(tab, 'ampersand');
    const result = panel.locator('ol li').filter({ has: tab.locator('a[href^="/en-us/entities/"]') });
    expect(await result.locator('p').textContent()).toContain('type &lt;script&gt; and write &amp; for an ampersand');
    expect(await result.locator('p mark').allTextContents()).toEqual(['ampersand.']);
    await tab.close();
  });

  it.each([
    ['th-th', 'อีเมล'],
    ['zh-cn', '电子邮件'],
    ['ja-jp', 'グループ'],
  ])('finds a word inside unspaced %s text (%s)', async (locale, word) => {
    const tab = await fixture.browser().newPage();
    await tab.goto(`${fixture.url()}/${locale}/`);
    const box = tab.locator('#search-panel-input');
    await box.click();
    await box.fill(word);
    await tab.locator(`#search-panel[data-query="${word}"]`).waitFor({ state: 'attached' });
    expect(await tab.locator('#search-panel ol li a').first().getAttribute('href')).toMatch(new RegExp(`^/${locale}/`));
    await tab.close();
  });
});
