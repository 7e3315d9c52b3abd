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

  it('loads no trigram code or index for a language written with spaces', async () => {
    const tab = await site.browser().newPage();
    const scripts: Promise<string>[] = [];
    tab.on('response', (response) => void (response.url().endsWith('.js') && scripts.push(response.text())));
    await tab.goto(`${site.url()}/nl-nl/`);
    await search(tab, 'creditcard');
    const code = await Promise.all(scripts);
    expect(code.some((c) => c.includes('search-panel') || c.includes('searchMs'))).toBe(true);
    // The trigram search fetches `…ngram/<n>.ngram`: no script a Dutch reader loads has it.
    expect(code.filter((c) => c.includes('.ngram'))).toEqual([]);
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

/** The results a query shows in a locale's header search box: links, and the marked text of each excerpt. */
async function resultsFor(tab: Page, locale: string, query: string) {
  await tab.goto(`${fixture.url()}/${locale}/`);
  const box = tab.locator('#search-panel-input');
  await box.click();
  await box.fill(query);
  await tab.locator(`#search-panel[data-query="${query}"]`).waitFor({ state: 'attached' });
  const items = tab.locator('#search-panel ol:not([lang]) li');
  return {
    links: await items.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? '')),
    // Pagefind separates the words of segmented scripts with zero-width spaces; a reader sees none.
    marks: (await items.locator('mark').allTextContents()).map((m) => m.replace(/\u200b/g, '')),
    text: (await tab.locator('#search-panel').textContent()) ?? '',
  };
}

describe('search in scripts written without spaces, and with attached prefixes', () => {
  // Copied with the mouse from the middle of a sentence: it starts inside ชำระ and ends inside บัตร. The
  // other Thai article has บัตรเครดิต (credit card) too, but not this text.
  it('finds the Thai article, and only it, from a run of characters cut inside a word at both ends', async () => {
    const tab = await fixture.browser().newPage();
    const { links, marks } = await resultsFor(tab, 'th-th', 'ระเงินด้วยบัตรเครดิตแต่บั');
    expect(links.map((h) => h.split('#')[0])).toEqual(['/th-th/declined-card/']);
    expect(marks).toEqual(['ระเงินด้วยบัตรเครดิตแต่บั']);
    await tab.close();
  });

  // From グループが完全に削除された場合: cut inside グループ and 場合. The other Japanese article also says
  // グループ and 削除された, apart.
  it('finds the Japanese article, and only it, from a run of characters cut inside a word at both ends', async () => {
    const tab = await fixture.browser().newPage();
    const { links, marks } = await resultsFor(tab, 'ja-jp', 'ループが完全に削除された場');
    expect(links.map((h) => h.split('#')[0])).toEqual(['/ja-jp/restore-an-office-365-group-using-eac/']);
    expect(marks).toEqual(['ループが完全に削除された場']);
    await tab.close();
  });

  it('answers a Japanese word typed key by key from the trigram index, and never loads Pagefind', async () => {
    const tab = await fixture.browser().newPage();
    const requested: string[] = [];
    tab.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await tab.goto(`${fixture.url()}/ja-jp/`);
    await search(tab, 'グループ');
    expect(await tab.locator('#search-panel ol li a').count()).toBe(2);
    const loaded = requested.filter((p) => p.startsWith('/pagefind/ja-jp/'));
    expect(loaded.some((p) => p.includes('/ngram/'))).toBe(true);
    expect(loaded.filter((p) => /pagefind\.js$|\.pagefind$|\.pf_(meta|index)$/.test(p))).toEqual([]);
    await tab.close();
  });

  it('still searches one character on the search page, where the reader did not type it key by key', async () => {
    const tab = await fixture.browser().newPage();
    await tab.goto(`${fixture.url()}/ja-jp/search/?q=${encodeURIComponent('復')}`);
    const results = tab.locator('#search-page-results[data-query="復"]');
    await results.waitFor({ state: 'attached' });
    expect(await results.locator('ol li a').count()).toBeGreaterThan(0);
    await tab.close();
  });

  it('does not search the English originals for Thai words, which they cannot have', async () => {
    const tab = await fixture.browser().newPage();
    const requested: string[] = [];
    tab.on('request', (request) => requested.push(new URL(request.url()).pathname));
    const { links } = await resultsFor(tab, 'th-th', 'ระเงินด้วยบัตรเครดิตแต่บั');
    expect(links).toHaveLength(1);
    expect(await tab.locator('#search-panel h2').count()).toBe(1);
    expect(requested.filter((p) => p.startsWith('/pagefind/en-us/'))).toEqual([]);
    await tab.close();
  });

  // The real corpus has no English articles, so no source index: few results must still show.
  it('shows the reader’s results when the source locale’s index cannot be loaded', async () => {
    const tab = await site.browser().newPage();
    await tab.route('**/pagefind/en-us/**', (route) => route.abort());
    await tab.goto(`${site.url()}/nl-nl/`);
    const panel = await search(tab, 'refund');
    expect(await panel.locator('h2').allTextContents()).toEqual(['Geen resultaten voor “refund”.']);
    await tab.close();
  });

  // The Hebrew article says הקובץ (the file), never קובץ on its own. (Pagefind alone would find it for
  // בקובץ, by the ב of its ב- Excel: hence the marked word.)
  it.each([
    ['the plain word', 'קובץ'],
    ['the word with another prefix', 'לקובץ'],
    ['the word with two prefixes', 'ובקובץ'],
  ])('finds a Hebrew page that has a word only with a prefix, from %s, and marks the page’s own word', async (_, query) => {
    const tab = await fixture.browser().newPage();
    const { links, marks, text } = await resultsFor(tab, 'he-il', query);
    expect(links.map((h) => h.split('#')[0])).toContain('/he-il/excel-auto-save/');
    expect(marks).toContain('הקובץ');
    expect(text).toContain('את הקובץ באופן אוטומטי');
    expect(text).not.toMatch(/[\uE000-\uF8FF]/u);
    await tab.close();
  });
});

