/**
 * The three pages that choose a reader's locale choose it the same way (src/scripts/negotiate-locale.ts):
 * `/` (where it sends them), the 404 page (the language it speaks) and the short-link page (where it sends
 * them, or the language it explains an unknown id in).
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBuiltSite } from '../helpers/browser.ts';
import { sites } from '../helpers/build-site.ts';

/** en-us and nl-nl; short link 842054 is registered. */
const main = useBuiltSite(sites.main.out);
/** ar-sa, en-us, he-il, ja-jp, ms-my, nl-nl, th-th, zh-cn; no short links. */
const fixture = useBuiltSite(sites.fixture.out);
type Site = typeof main;

interface Reader {
  /** navigator.languages, most wanted first. */
  languages: string[];
  /** What reader-prefs.ts remembered from a language picker. */
  remembered?: string;
}

interface Scenario {
  site: Site;
  reader: Reader;
  expected: string;
}

const remembering: Scenario[] = [
  { site: main, reader: { remembered: 'nl-nl', languages: ['en-US'] }, expected: 'nl-nl' },
  { site: main, reader: { remembered: 'en-us', languages: ['nl-NL'] }, expected: 'en-us' },
  // A remembered locale the site no longer has still wins, by its language.
  { site: main, reader: { remembered: 'nl-be', languages: ['en-US'] }, expected: 'nl-nl' },
];

const notRemembering: Scenario[] = [
  { site: main, reader: { languages: ['nl-NL'] }, expected: 'nl-nl' },
  { site: main, reader: { languages: ['fr-FR', 'nl-BE'] }, expected: 'nl-nl' },
  // Taiwan never gets Simplified Chinese: the reader's next language instead.
  { site: fixture, reader: { languages: ['zh-TW', 'ja-JP'] }, expected: 'ja-jp' },
  { site: fixture, reader: { languages: ['zh-SG'] }, expected: 'zh-cn' },
];

/** A tab whose browser has `languages` and has remembered `remembered`, before any page script runs. */
async function tabFor(site: Site, reader: Reader): Promise<Page> {
  const context = await site.browser().newContext({ locale: reader.languages[0] ?? 'en-US' });
  await context.addInitScript(({ languages, remembered }) => {
    Object.defineProperty(Navigator.prototype, 'languages', { get: () => Object.freeze([...languages]) });
    if (remembered !== undefined) localStorage.setItem('help.locale', remembered);
  }, reader);
  return context.newPage();
}

const firstSegment = (url: string) => new URL(url).pathname.split('/')[1];

/** Each page, and how it shows the locale it chose. */
const pages: { name: string; localeShown: (site: Site, tab: Page) => Promise<string | undefined> }[] = [
  {
    name: '/',
    async localeShown(site, tab) {
      await tab.goto(`${site.url()}/`);
      await tab.waitForURL((url) => url.pathname !== '/');
      return firstSegment(tab.url());
    },
  },
  {
    name: 'the 404 page',
    async localeShown(site, tab) {
      const response = await tab.goto(`${site.url()}/no-such-page/`);
      expect(response?.status()).toBe(404);
      return (await tab.locator('html').getAttribute('lang'))?.toLowerCase();
    },
  },
  {
    name: 'the short-link page',
    async localeShown(site, tab) {
      await tab.goto(`${site.url()}/fwlink/?linkid=842054`);
      if (site === main) {
        await tab.waitForURL((url) => !url.pathname.startsWith('/fwlink/'));
        return firstSegment(tab.url());
      }
      // The fixture site has no short links: the page explains in the reader's language.
      const message = tab.locator('#unknown');
      await message.waitFor();
      return (await message.getAttribute('lang'))?.toLowerCase();
    },
  },
];

async function localeFor(page: (typeof pages)[number], scenario: Scenario): Promise<string | undefined> {
  const tab = await tabFor(scenario.site, scenario.reader);
  try {
    return await page.localeShown(scenario.site, tab);
  } finally {
    await tab.context().close();
  }
}

describe.each(pages)('$name', (page) => {
  it('follows the reader’s remembered choice over the browser’s languages', async () => {
    for (const scenario of remembering) expect([scenario.reader, await localeFor(page, scenario)]).toEqual([scenario.reader, scenario.expected]);
  });

  it('follows the browser’s languages, script and region aware, when nothing is remembered', async () => {
    for (const scenario of notRemembering) expect([scenario.reader, await localeFor(page, scenario)]).toEqual([scenario.reader, scenario.expected]);
  });
});
