/** The real Astro build of content/ and of a fixture tree with real corpus quirks, checked in its HTML. */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { toString as toText } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { describeLocale } from '../src/pipeline/locales.ts';
import { isSiteRootName } from '../src/pipeline/publish-policy.ts';
import { buildSite, outputRoot, sites } from './helpers/build-site.ts';
import { fixturesDir } from './helpers/fixtures.ts';
import { page } from './helpers/html.ts';

const main = sites.main.out;
const fixture = sites.fixture.out;

describe('the seed article in Dutch', () => {
  const p = page(main, '/nl-nl/declined-credit-card/');

  it('declares its language and direction', () => {
    expect(p.attr('html', 'lang')).toBe('nl-NL');
    expect(p.attr('html', 'dir')).toBe('ltr');
  });

  it('shows the title and the body, with the English anchor as the heading id', () => {
    expect(p.text('title')).toBe('Geweigerde creditcard | Help');
    expect(p.text('h1#declined-credit-card')).toBe('Geweigerde creditcard');
    expect(p.text('article')).toContain('Neem contact op met de bank');
  });

  it('describes itself with its first sentences, and Astro’s data store carries nothing of it (a build bundles that store and parses it again)', () => {
    const description = p.attr('meta[name=description]', 'content') as string;
    expect(description).toMatch(/^Als u via creditcard betaalt maar uw creditcard wordt geweigerd/);
    const store = readFileSync(`${main}-cache/data-store.json`, 'utf8');
    expect(store).toContain('Nederlands');
    // No listing: an article's URL is in it only where a redirect or short link names it (this one's title
    // is, in the /l10n/ report's outdated translations).
    expect(store).not.toContain('/nl-nl/view-your-invoice/');
    expect(store).not.toContain(description.slice(0, 60));
    // Nor the rest of its page data (its git blob hash): a build keeps no article listing in Astro.
    const manifest = JSON.parse(readFileSync(join(main, 'content-manifest.json'), 'utf8')) as { entries: { path: string; hash: string }[] };
    const hash = manifest.entries.find((e) => e.path === 'nl-nl/declined-credit-card.md')!.hash;
    expect(hash).toMatch(/^[0-9a-f]{40}$/);
    expect(store).not.toContain(hash);
  });

  it('has a robots meta tag for ROBOTS: NOINDEX, NOFOLLOW', () => {
    expect(p.attr('meta[name=robots]', 'content')).toBe('noindex, nofollow');
  });

  it('shows the last-updated date from ms.date, formatted in Dutch', () => {
    expect(p.attr('time', 'dateTime')).toBe('2020-04-21');
    expect(p.text('.meta')).toBe('Laatst bijgewerkt: 21 april 2020');
  });

  it('links to the same article in the other locales that have it', () => {
    const links = p.all('nav.languages a').map((a) => [a.properties['href'], a.properties['hrefLang']]);
    expect(links).toEqual([['/en-us/declined-credit-card/', 'en-US']]);
  });
});

describe('the English source', () => {
  const p = page(main, '/en-us/declined-credit-card/');

  it('is in English with its date formatted for en-US, and links back to Dutch', () => {
    expect(p.attr('html', 'lang')).toBe('en-US');
    expect(p.text('.meta')).toBe('Last updated: April 21, 2020');
    expect(p.all('nav.languages a').map((a) => a.properties['href'])).toEqual(['/nl-nl/declined-credit-card/']);
  });

  it('links to a section of another article in its own locale', () => {
    expect(p.all('article a').map((a) => a.properties['href'])).toContain('/en-us/update-payment-method/#troubleshoot-credit-cards-and-bank-accounts');
  });

  it('lists no other languages for an article only in en-us', () => {
    expect(page(main, '/en-us/request-a-refund/').one('nav.languages')).toBeUndefined();
  });
});

describe('locale homes and the root', () => {
  it('lists every article of the locale on its home', () => {
    const nl = page(main, '/nl-nl/');
    expect(nl.all('main li a').map((a) => a.properties['href']).sort()).toEqual([
      '/nl-nl/change-billing-frequency/',
      '/nl-nl/declined-credit-card/',
      '/nl-nl/payment-past-due/',
      '/nl-nl/update-payment-method/',
      '/nl-nl/view-your-invoice/',
    ]);
    expect(page(main, '/en-us/').all('main li a')).toHaveLength(6);
  });

  it('puts the list in at the end of the build, by title in the locale’s order, and leaves no marker', () => {
    const titles = page(main, '/nl-nl/').all('main li a').map((a) => toText(a));
    expect(titles).toEqual([...titles].sort(new Intl.Collator('nl-NL').compare));
    expect(titles).toContain('Geweigerde creditcard');
    expect(readFileSync(join(main, 'nl-nl/index.html'), 'utf8')).not.toContain('help-home:list');
  });

  it('shows a plain list of locales at / for readers without JavaScript', () => {
    const root = page(main, '/');
    expect(root.all('main li a').map((a) => [a.properties['href'], toText(a)])).toEqual([
      ['/en-us/', 'English (United States)'],
      ['/nl-nl/', 'Nederlands (Nederland)'],
    ]);
  });

  it('has an MDX page written by the site team', () => {
    expect(page(main, '/about/').text('h1')).toBe('About this site');
  });
});

describe('the content manifest', () => {
  const manifest = JSON.parse(readFileSync(join(fixture, 'content-manifest.json'), 'utf8')) as {
    files: { articles: number; pictures: number; notPublished: number };
    entries: { path: string; kind: string; url?: string; reason?: string; hash: string; includedBy?: string[] }[];
  };
  const byPath = Object.fromEntries(manifest.entries.map((e) => [e.path, e]));

  it('lists every content file with its page or the reason it has none', () => {
    expect(manifest.files).toEqual({ articles: 14, pictures: 2, notPublished: 7 });
    expect(byPath['en-us/media/drawing.svg']).toMatchObject({ kind: 'asset', url: '/en-us/media/drawing.svg', reason: 'a picture: published where an article shows it' });
    expect(byPath['en-us/evil.html']?.reason).toMatch(/^a \.html file is not a picture/);
    expect(byPath['en-us/media/evil.svg']?.reason).toMatch(/^the SVG is not published because it has the event handler onload/);
    expect(byPath['ja-jp/restore-an-office-365-group-using-eac\u200B\u200B\u200B\u200B\u200B\u200B\u200B.md']?.url).toBe('/ja-jp/restore-an-office-365-group-using-eac/');
    expect(byPath['ar-sa/TOC.yml']).toMatchObject({ kind: 'data' });
    expect(byPath['nl-nl/includes/shared-note.md']).toMatchObject({ kind: 'partial' });
    expect(byPath['en-us/includes/shared-steps.md']).toMatchObject({ kind: 'partial', includedBy: ['en-us/entities.md'] });
    expect(byPath['NOTICE.md']).toMatchObject({ kind: 'outside-locale' });
    for (const e of manifest.entries) expect(e.url ?? e.reason).toBeTruthy();
  });

  it('records the git blob hash of each file', () => {
    expect(byPath['ar-sa/teams-ediscovery.md']?.hash).toBe(gitHashObject(join(fixturesDir, 'site/content/ar-sa/teams-ediscovery.md')));
  });
});

describe('docfx includes in a built page', () => {
  it('shows the partial’s text, without its front matter, and links it resolved from the partial', () => {
    const p = page(fixture, '/en-us/entities/');
    expect(p.text('article')).toContain('Shared steps: open Settings, then read the hostile page.');
    expect(p.all('article a').map((a) => a.properties['href'])).toContain('/en-us/hostile/');
    expect(p.html).not.toMatch(/\[!INCLUDE|not-published/);
  });
});

describe('real corpus quirks in a built page', () => {
  it('renders a right-to-left page with its English anchor', () => {
    const p = page(fixture, '/ar-sa/teams-ediscovery/');
    expect(p.attr('html', 'lang')).toBe('ar-SA');
    expect(p.attr('html', 'dir')).toBe('rtl');
    expect(p.one('h1#teams-ediscovery')).toBeDefined();
  });

  it('publishes a file whose name ends in zero-width spaces at a clean URL', () => {
    expect(page(fixture, '/ja-jp/restore-an-office-365-group-using-eac/').attr('html', 'lang')).toBe('ja-JP');
  });

  it('lets nothing executable from content reach the page', () => {
    const p = page(fixture, '/en-us/untrusted-markup/');
    const article = p.one('article')!;
    const html = JSON.stringify(article);
    expect(html).not.toMatch(/javascript:|onerror|onclick|"script"/i);
    expect(p.text('article')).toContain('Set-CASMailbox <mailboxname>');
  });
});

describe('article pages', () => {
  it('list the sections of an article with two or more, under a heading in the page language', () => {
    const p = page(main, '/nl-nl/update-payment-method/');
    expect(p.text('article h1 + nav.toc h2')).toBe('Op deze pagina');
    expect(p.all('nav.toc a').map((a) => a.properties['href'])).toEqual(p.all('article > h2').map((h) => `#${h.properties['id']}`));
  });

  it('give h2 to h4 a labelled link to themselves', () => {
    const p = page(main, '/en-us/update-payment-method/');
    expect(p.attr('h2#update-a-credit-card a.heading-link', 'href')).toBe('#update-a-credit-card');
    expect(p.attr('h2#update-a-credit-card a.heading-link', 'ariaLabel')).toMatch(/^Link to this section: Update a credit card/);
  });

  it('publish an image that exists next to the article, matched case-insensitively', () => {
    const p = page(fixture, '/en-us/untrusted-markup/');
    expect(p.attr('img[alt="A credit card"]', 'src')).toBe('/en-us/media/card.png');
    expect(readFileSync(join(fixture, 'en-us/media/card.png')).subarray(1, 4).toString()).toBe('PNG');
    expect(p.all('.missing-image').map((n) => toText(n))).toContain('A missing picture');
  });

  it('ship the video script only where there is a video', () => {
    expect(page(fixture, '/nl-nl/video-test/').one('script[src="/video-embed.js"]')).toBeDefined();
    expect(page(fixture, '/en-us/untrusted-markup/').one('script[src="/video-embed.js"]')).toBeUndefined();
  });
});

describe('the words around the article, in the reader’s language', () => {
  it('warns once for a locale whose language has no UI strings, naming the file to add', () => {
    const log = readFileSync(`${fixture}.log`, 'utf8').split('\n');
    expect(log.filter((line) => line.includes('UI strings')).map((line) => line.replace(/^.*\[help-content\] /, ''))).toEqual([
      'ms-my: its pages use English UI strings; add src/i18n/strings/ms.json (copy en.json and translate it)',
    ]);
  });

  it('isolates the date after its label, on a Hebrew page in Hebrew', () => {
    const p = page(fixture, '/he-il/download-microsoft-stream-videos/');
    expect(p.text('.meta')).toBe('עודכן לאחרונה: 5 באוגוסט 2021');
    expect(p.attr('.meta > bdi > time', 'dateTime')).toBe('2021-08-05');
  });

  it('counts the articles on a locale’s home in the plural form of its language', () => {
    expect(page(main, '/nl-nl/').text('main > p.meta')).toBe('5 artikelen');
    // Hebrew has a dual: two articles are not counted with the plural form.
    expect(page(fixture, '/he-il/').text('main > p.meta')).toBe('שני מאמרים');
    expect(page(fixture, '/ar-sa/').text('main > p.meta')).toBe('مقالة واحدة');
    // The English about page and /l10n/ count with the English forms.
    const about = page(fixture, '/about/').all('main li').map((li) => toText(li));
    expect(about).toContain('עברית (ישראל): 2 articles');
    expect(about).toContain('English (United States): 4 articles');
    expect(page(fixture, '/l10n/').text('main > p')).toMatch(/^Source locale: en-us \(4 articles\)\./);
  });

  it('ships only the page’s own language to the search box, with its plural forms', () => {
    const strings = JSON.parse(page(fixture, '/he-il/download-microsoft-stream-videos/').attr('form.search', 'dataStrings') as string) as Record<string, unknown>;
    expect(strings).toEqual({
      noResults: 'לא נמצאו תוצאות עבור "{q}".',
      resultCount: { one: 'תוצאה אחת עבור "{q}"', two: 'שתי תוצאות עבור "{q}"', other: '{count} תוצאות עבור "{q}"' },
      pluralLang: 'he',
      sourceResults: 'גם ב{language}',
      sourceLanguage: 'אנגלית',
    });
  });
});

describe('redirect rules for hosts with real redirects', () => {
  it('writes a _redirects file with short links and moved articles', () => {
    const lines = readFileSync(join(main, '_redirects'), 'utf8').split('\n');
    expect(lines).toContain('/nl-nl/credit-card-declined/ /nl-nl/declined-credit-card/ 301');
    expect(lines).toContain('/fwlink/842054/nl-nl/ /nl-nl/update-payment-method/#update-a-credit-card 301');
    expect(lines).toContain('/fwlink/p/ linkid=842054 clcid=0x413 /nl-nl/update-payment-method/#update-a-credit-card 301');
    // 842054 has a page per locale: a request without a locale is left to the site's page, which picks the
    // reader's language; no rule sends it to the source.
    expect(lines.filter((line) => /^\/fwlink\/(p\/)? (linkid|LinkId|LinkID)=842054 \//.test(line) || line.startsWith('/fwlink/842054/ '))).toEqual([]);
  });
});

describe('the build log', () => {
  const log = () => readFileSync(`${fixture}.log`, 'utf8');

  it('says when each locale is ready, and sums up the warnings by rule instead of printing each one', () => {
    expect(log()).toMatch(/\[help-content\] en-us: 4 articles ready after \d+\.\d s/);
    expect(log()).toMatch(/\[help-content\] nl-nl: 1 article ready after \d+\.\d s/);
    expect(log()).toMatch(/warnings in \d+ rules \(full list: .*help-build-report\.json, or HELP_VERBOSE=1 in the log\)/);
    expect(log().split('\n').filter((line) => line.includes('html/unsafe-url'))).toHaveLength(1);
    expect(log()).not.toMatch(/collection .* does not exist or is empty/);
  });

  it('writes every finding to a JSON report in the cache folder', () => {
    const report = JSON.parse(readFileSync(`${fixture}-cache/help-build-report.json`, 'utf8')) as { errors: number; warnings: number; diagnostics: { rule: string }[] };
    expect(report.errors).toBe(0);
    expect(report.diagnostics.filter((d) => d.rule === 'html/unsafe-url').length).toBeGreaterThan(10);
    expect(report.warnings).toBe(report.diagnostics.length);
  });
});

describe('what the site writes at the top of dist/', () => {
  it('is all in the list content may never replace (publish-policy.ts), apart from the locale folders', () => {
    for (const out of [main, fixture]) {
      const top = readdirSync(out).filter((name) => !describeLocale(name).ok);
      expect(top.filter((name) => !isSiteRootName(name))).toEqual([]);
    }
  });

  it('publishes only the pictures an article shows, not the hostile files beside them', () => {
    expect(existsSync(join(fixture, 'en-us/media/drawing.svg'))).toBe(true);
    for (const file of ['en-us/media/evil.svg', 'en-us/evil.html', 'en-us/media/fake.png']) expect(existsSync(join(fixture, file))).toBe(false);
  });
});

describe('a content folder with errors', () => {
  it('fails the build and lists every problem with file and line', () => {
    const { status, output } = buildSite(join(fixturesDir, 'bad-input/many-problems/content'), join(outputRoot, 'site-bad'));
    expect(status).not.toBe(0);
    expect(output).toContain('bad-date.md:3 error [front-matter/value] ms.date: "2/30/2021" is not a date');
    expect(output).toContain('empty.md error [file/empty] the file is empty');
    expect(output).toContain('wrong-locale.md:3 error [front-matter/locale-mismatch]');
    expect(output).toContain('3 content error(s)');
  });
});

function gitHashObject(file: string): string {
  return execFileSync('git', ['hash-object', file], { encoding: 'utf8' }).trim();
}
