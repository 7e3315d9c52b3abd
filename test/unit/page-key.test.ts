/**
 * A page's key (page-key.ts) must change with anything its HTML is made from: a rebuild keeps a page whose
 * key is the same without looking at it.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { codeFingerprint, pageKeys, shellKey } from '../../src/article-pages/page-key.ts';
import type { ArticlePage, TranslationLink } from '../../src/pipeline/article-schema.ts';

const link = (locale: string, tag: string, title: string): TranslationLink => ({ locale, tag, nativeName: locale, dir: 'ltr', url: `/${locale}/a/`, title });

function page(over: Partial<ArticlePage> = {}): ArticlePage {
  return {
    title: 'Geweigerde creditcard',
    locale: 'nl-nl',
    lang: 'nl-NL',
    dir: 'ltr',
    slug: 'a',
    url: '/nl-nl/a/',
    path: 'nl-nl/a.md',
    hash: 'f00d',
    noindex: false,
    nofollow: false,
    excerpt: 'Een kaart',
    hasH1: true,
    translations: [link('en-us', 'en-US', 'Declined card'), link('de-de', 'de-DE', 'Abgelehnte Karte')],
    ...over,
  } as ArticlePage;
}

/** A fresh key function each time: nothing cached from another case. */
const key = (p: ArticlePage, html = 'k1', shell = 's1', fallback?: string, fingerprint = 'f1') => pageKeys(fingerprint)(p, html, shell, fallback);

describe('a page key', () => {
  it('is the same for the same inputs', () => {
    expect(key(page())).toBe(key(page()));
  });

  it.each<[string, () => string]>([
    ['the title', () => key(page({ title: 'Andere titel' }))],
    ['the excerpt', () => key(page({ excerpt: 'Anders' }))],
    ['the file hash', () => key(page({ hash: 'beef' }))],
    ['a date', () => key(page({ date: '2024-01-02' }))],
    ['the outdated notice', () => key(page({ sourceChangedOn: '2024-01-02' }))],
    ['robots', () => key(page({ noindex: true }))],
    ['the HTML key', () => key(page(), 'k2')],
    ['the shell', () => key(page(), 'k1', 's2')],
    ['being a fallback page', () => key(page(), 'k1', 's1', 'fr-fr')],
    ['the code', () => key(page(), 'k1', 's1', undefined, 'f2')],
    ['a translation title', () => key(page({ translations: [link('en-us', 'en-US', 'Declined credit card'), link('de-de', 'de-DE', 'Abgelehnte Karte')] }))],
    ['a translation URL', () => key(page({ translations: [{ ...link('en-us', 'en-US', 'Declined card'), url: '/en-us/b/' }, link('de-de', 'de-DE', 'Abgelehnte Karte')] }))],
    ['a translation added', () => key(page({ translations: [...page().translations, link('ja-jp', 'ja-JP', 'カード')] }))],
    ['a translation removed', () => key(page({ translations: [link('en-us', 'en-US', 'Declined card')] }))],
  ])('changes with %s', (_, changed) => {
    expect(changed()).not.toBe(key(page()));
  });

  it("gives one group key from any of the group's pages, and a new one when any member changes", () => {
    const nl = page();
    const en: ArticlePage = { ...page({ locale: 'en-us', lang: 'en-US', url: '/en-us/a/', title: 'Declined card', path: 'en-us/a.md' }), translations: [link('nl-nl', 'nl-NL', 'Geweigerde creditcard'), link('de-de', 'de-DE', 'Abgelehnte Karte')] };
    // The same function for both pages: the second reuses the group part the first computed.
    const first = pageKeys('f1');
    const second = pageKeys('f1');
    expect(first(nl, 'k', 's') + first(en, 'k', 's')).toBe(second(nl, 'k', 's') + second(en, 'k', 's'));
    const fromEnFirst = pageKeys('f1');
    expect(fromEnFirst(en, 'k', 's')).toBe(first(en, 'k', 's'));
    expect(fromEnFirst(nl, 'k', 's')).toBe(first(nl, 'k', 's'));
    // The German translation's title changed: the Dutch page's picker may show it.
    const renamed = { ...nl, translations: [nl.translations[0]!, link('de-de', 'de-DE', 'Karte abgelehnt')] };
    expect(pageKeys('f1')(renamed, 'k', 's')).not.toBe(first(nl, 'k', 's'));
  });

  it('never takes the end of one input for the start of the next', () => {
    expect(key(page(), 'k', 's\n')).not.toBe(key(page(), '\nk', 's'));
  });

  it('hashes a shell by its text', () => {
    expect(shellKey('<html>a')).toBe(shellKey('<html>a'));
    expect(shellKey('<html>a')).not.toBe(shellKey('<html>b'));
  });
});

describe('the code fingerprint', () => {
  const dir = mkdtempSync(join(tmpdir(), 'page-key-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  mkdirSync(join(dir, 'i18n/strings'), { recursive: true });
  writeFileSync(join(dir, 'parts.ts'), 'export const a = 1;');
  writeFileSync(join(dir, 'i18n/strings/nl.json'), '{"lastUpdated":"Bijgewerkt"}');
  const now = () => codeFingerprint(dir, 'https://help.example.com', 'en-us');

  it('changes with any file of the code folder, nested ones included, and with the site and source locale', () => {
    const before = now();
    expect(now()).toBe(before);
    writeFileSync(join(dir, 'i18n/strings/nl.json'), '{"lastUpdated":"Laatst bijgewerkt"}');
    const edited = now();
    expect(edited).not.toBe(before);
    writeFileSync(join(dir, 'i18n/new.ts'), '');
    expect(now()).not.toBe(edited);
    expect(codeFingerprint(dir, 'https://docs.example.com', 'en-us')).not.toBe(now());
    expect(codeFingerprint(dir, 'https://help.example.com', 'nl-nl')).not.toBe(now());
  });

  it('never repeats itself for a folder with a symbolic link: what is behind it could change unseen', () => {
    const before = now();
    mkdirSync(join(dir, '..', 'page-key-elsewhere'), { recursive: true });
    symlinkSync(join(dir, '..', 'page-key-elsewhere'), join(dir, 'shared'));
    expect(now()).not.toBe(now());
    rmSync(join(dir, 'shared'));
    rmSync(join(dir, '..', 'page-key-elsewhere'), { recursive: true });
    expect(now()).toBe(before);
  });

  it('tells a file moved to another folder from the same file where it was', () => {
    const before = now();
    rmSync(join(dir, 'parts.ts'));
    writeFileSync(join(dir, 'i18n/parts.ts'), 'export const a = 1;');
    expect(now()).not.toBe(before);
  });
});
