/**
 * The words around the article, as a reader of a right-to-left or unspaced script sees them: in their own
 * language, in the visual order they read, drawn with system fonts. Bounding boxes, not markup: only a
 * browser shows where the bidirectional algorithm put a label and its value.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBuiltSite } from '../helpers/browser.ts';
import { sites } from '../helpers/build-site.ts';

const site = useBuiltSite(sites.fixture.out);

interface Box {
  left: number;
  right: number;
}

/** Where the first occurrence of `text` inside the element `selector` is drawn. */
function boxOf(tab: Page, selector: string, text: string): Promise<Box> {
  return tab.locator(selector).first().evaluate((root, wanted) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent!.indexOf(wanted);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      const r = range.getBoundingClientRect();
      return { left: r.left, right: r.right };
    }
    throw new Error(`"${wanted}" is not in ${root.outerHTML}`);
  }, text);
}

/** Opens a locale's search page with a query and waits for its heading. */
async function searchPage(tab: Page, locale: string, query: string) {
  await tab.goto(`${site.url()}/${locale}/search/?q=${encodeURIComponent(query)}`);
  await tab.locator(`#search-page-results[data-query="${query}"] h2`).first().waitFor();
  return '#search-page-results h2';
}

describe('a label and its value keep their visual order', () => {
  it.each([
    ['Hebrew', '/he-il/download-microsoft-stream-videos/', 'עודכן לאחרונה:', ['5', 'באוגוסט', '2021']],
    ['Arabic', '/ar-sa/teams-ediscovery/', 'آخر تحديث:', ['٥', 'أغسطس', '٢٠٢١']],
  ])('on a %s article, "last updated" reads right to left: label, day, month, year', async (_, url, label, date) => {
    const tab = await site.browser().newPage();
    await tab.goto(`${site.url()}${url}`);
    const boxes = [await boxOf(tab, '.meta', label), ...(await Promise.all(date.map((part) => boxOf(tab, '.meta time', part))))];
    for (let i = 1; i < boxes.length; i++) expect(boxes[i - 1]!.left).toBeGreaterThanOrEqual(boxes[i]!.right - 1);
    await tab.close();
  });

  it.each([
    ['he-il', 'לא נמצאו תוצאות עבור'],
    ['ar-sa', 'لا توجد نتائج للبحث عن'],
  ])('on a right-to-left search page (%s), a left-to-right query keeps its order: "987 Qxzw", not "Qxzw 987"', async (locale, label) => {
    const tab = await site.browser().newPage();
    // A word no article has, so the heading is the "no results" sentence in every locale.
    const heading = await searchPage(tab, locale, '987 Qxzw');
    const [digits, word, text] = await Promise.all([boxOf(tab, `${heading} bdi`, '987'), boxOf(tab, `${heading} bdi`, 'Qxzw'), boxOf(tab, heading, label)]);
    expect(digits.right).toBeLessThanOrEqual(word.left + 1);
    // The sentence starts at the right: its label is right of the query.
    expect(text.left).toBeGreaterThanOrEqual(word.right - 1);
    await tab.close();
  });

  it('on a left-to-right page, a right-to-left query keeps its own order', async () => {
    const tab = await site.browser().newPage();
    const heading = await searchPage(tab, 'en-us', 'שיחות ב-Teams');
    const [hebrew, latin, label] = await Promise.all([boxOf(tab, `${heading} bdi`, 'שיחות'), boxOf(tab, `${heading} bdi`, 'Teams'), boxOf(tab, heading, 'for')]);
    // Read right to left, "שיחות ב-" comes first, so "Teams" is drawn at its left; the English label stays before it all.
    expect(latin.right).toBeLessThanOrEqual(hebrew.left + 1);
    expect(label.right).toBeLessThanOrEqual(latin.left + 1);
    await tab.close();
  });
});

/**
 * The UI text of the page a reader sees: everything but the article, article titles, names written in
 * another language (the language list) and search results, plus the labels screen readers read.
 */
function uiText(tab: Page): Promise<string> {
  return tab.evaluate(() => {
    const lang = document.documentElement.lang;
    const clone = document.body.cloneNode(true) as HTMLElement;
    const drop = ['article', 'script', 'noscript', '[hidden]', '.search-results', '.article-list a:not([lang])', `[lang]:not([lang="${lang}"])`];
    for (const node of clone.querySelectorAll(drop.join(','))) node.remove();
    const labels = [...clone.querySelectorAll('[aria-label], [placeholder], [title]')].map((el) => ['aria-label', 'placeholder', 'title'].map((a) => el.getAttribute(a) ?? '').join(' '));
    return [clone.textContent, ...labels].join(' ');
  });
}

describe('no English word around the article', () => {
  it.each([
    ['he-il', '/he-il/download-microsoft-stream-videos/', 'קובץ'],
    ['th-th', '/th-th/declined-card/', 'บัตร'],
  ])('on the %s article, home, search, 404 and short-link pages', async (locale, article, query) => {
    const context = await site.browser().newContext();
    const tab = await context.newPage();
    const pages = [article, `/${locale}/`, `/${locale}/search/?q=${encodeURIComponent(query)}`, `/${locale}/no-such-page/`, `/fwlink/?linkid=999999&locale=${locale}`];
    for (const url of pages) {
      await tab.goto(`${site.url()}${url}`);
      await tab.waitForFunction((l) => document.documentElement.lang.toLowerCase() === l, locale);
      if (url.includes('/search/')) await tab.locator('#search-page-results[data-query]').waitFor({ state: 'attached' });
      if (url.startsWith('/fwlink/')) await tab.locator('#unknown').waitFor();
      const text = await uiText(tab);
      expect(text.match(/[A-Za-z]{2,}/g) ?? [], `${url}: ${text}`).toEqual([]);
      // The tab's title too; an article's title is the article's own.
      if (url !== article) expect(await tab.title(), url).not.toMatch(/[A-Za-z]{2,}/);
    }
    await context.close();
  });
});

describe('fonts', () => {
  it.each([
    ['/he-il/download-microsoft-stream-videos/', "'Segoe UI', 'SF Hebrew'"],
    ['/th-th/declined-card/', "'Leelawadee UI', Thonburi"],
    ['/zh-cn/declined-card/', "'Microsoft YaHei UI'"],
    ['/ja-jp/restore-an-office-365-group-using-eac/', "'Yu Gothic UI'"],
  ])('%s names its script’s system fonts and downloads no font file', async (url, stack) => {
    const tab = await site.browser().newPage();
    const fonts: string[] = [];
    tab.on('request', (request) => {
      if (request.resourceType() === 'font' || /\.(woff2?|ttf|otf|eot)(\?|$)/i.test(request.url())) fonts.push(request.url());
    });
    await tab.goto(`${site.url()}${url}`);
    await tab.waitForLoadState('networkidle');
    const family = await tab.evaluate(() => getComputedStyle(document.querySelector('main p, main li, h1')!).fontFamily);
    expect(family.replace(/"/g, "'").startsWith(stack)).toBe(true);
    expect(fonts).toEqual([]);
    await tab.close();
  });
});
