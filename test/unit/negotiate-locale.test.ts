import { describe, expect, it } from 'vitest';
import { writtenVariant } from '../../src/pipeline/locales.ts';
import { negotiateLocale, type NegotiationInput } from '../../src/scripts/negotiate-locale.ts';
import { negotiationSite, readerLocaleScript } from '../../src/astro/reader-locale-script.ts';

const TWO = ['en-us', 'nl-nl'];
// Deliberately not in "best first" order, so that a match never wins by coming first.
const MANY = ['en-gb', 'en-us', 'nl-nl', 'de-de', 'ja-jp', 'zh-cn', 'zh-tw', 'pt-pt', 'pt-br', 'sr-cyrl-rs', 'sr-latn-rs', 'nb-no', 'he-il', 'ar-sa'];
const lcids = negotiationSite(MANY, 'en-us', { lcids: true }).lcids;

type Case = [name: string, input: Partial<NegotiationInput>, expected: string | null];

const cases: Case[] = [
  // Browser languages: exact, likely subtags, written variant, language and script.
  ['an exact tag in any case: nl-NL → nl-nl', { languages: ['nl-NL'] }, 'nl-nl'],
  ['a region the site lacks gets its language: nl-BE → nl-nl', { languages: ['nl-BE'] }, 'nl-nl'],
  ['a bare language gets its likely region: en → en-us, though en-gb comes first', { languages: ['en'] }, 'en-us'],
  ['a region of a language without a locale of its own takes the site’s first: en-AU → en-gb', { languages: ['en-AU'] }, 'en-gb'],
  ['Taiwan gets Traditional Chinese: zh-TW → zh-tw, though zh-cn comes first', { languages: ['zh-TW'] }, 'zh-tw'],
  ['Hong Kong writes Traditional Chinese: zh-HK → zh-tw', { languages: ['zh-HK'] }, 'zh-tw'],
  ['a script alone picks its likely region: zh-Hant → zh-tw', { languages: ['zh-Hant'] }, 'zh-tw'],
  ['bare Chinese is Simplified: zh → zh-cn', { languages: ['zh'] }, 'zh-cn'],
  ['Singapore writes Simplified Chinese: zh-SG → zh-cn', { languages: ['zh-SG'] }, 'zh-cn'],
  ['Taiwan never gets Simplified Chinese: zh-TW on a site with zh-cn only → the source', { locales: ['en-us', 'zh-cn'], languages: ['zh-TW'] }, 'en-us'],
  ['a script mismatch passes to the next language: [zh-TW, ja-JP] → ja-jp', { locales: ['en-us', 'zh-cn', 'ja-jp'], languages: ['zh-TW', 'ja-JP'] }, 'ja-jp'],
  ['bare Chinese takes either script when only one is there: zh → zh-tw', { locales: ['en-us', 'zh-tw'], languages: ['zh'] }, 'zh-tw'],
  ['bare Portuguese is Brazilian: pt → pt-br, though pt-pt comes first', { languages: ['pt'] }, 'pt-br'],
  ['Portugal gets its own: pt-PT → pt-pt', { languages: ['pt-PT'] }, 'pt-pt'],
  ['Angola writes Portugal’s Portuguese: pt-AO → pt-pt', { locales: ['en-us', 'pt-br', 'pt-pt'], languages: ['pt-AO'] }, 'pt-pt'],
  ['Brazilian readers get Portugal’s Portuguese rather than none: pt-BR → pt-pt', { locales: ['en-us', 'pt-pt'], languages: ['pt-BR'] }, 'pt-pt'],
  ['Serbian in Latin script: sr-Latn → sr-latn-rs, though sr-cyrl-rs comes first', { languages: ['sr-Latn'] }, 'sr-latn-rs'],
  ['bare Serbian is Cyrillic: sr → sr-cyrl-rs', { languages: ['sr'] }, 'sr-cyrl-rs'],
  ['Latin Serbian never gets Cyrillic: sr-Latn on a site with sr-cyrl-rs only → the source', { locales: ['en-us', 'sr-cyrl-rs'], languages: ['sr-Latn'] }, 'en-us'],
  ['bare Serbian takes Latin when the site has only that: sr → sr-latn-rs', { locales: ['en-us', 'sr-latn-rs'], languages: ['sr'] }, 'sr-latn-rs'],
  ['Norwegian is written as Bokmål: no → nb-no', { languages: ['no'] }, 'nb-no'],
  ['Norway’s Norwegian too: no-NO → nb-no', { languages: ['no-NO'] }, 'nb-no'],
  ['a deprecated code is read as its current one: iw → he-il', { languages: ['iw'] }, 'he-il'],
  ['extensions do not hide the locale: nl-NL-u-ca-gregory → nl-nl', { languages: ['nl-NL-u-ca-gregory'] }, 'nl-nl'],
  // Order: the reader's, each tag in full before the next.
  ['the browser’s order wins over the site’s: [ja-JP, nl-NL] → ja-jp', { languages: ['ja-JP', 'nl-NL'] }, 'ja-jp'],
  ['languages the site lacks are skipped: [fr-FR, it-IT, nl-NL] → nl-nl', { languages: ['fr-FR', 'it-IT', 'nl-NL'] }, 'nl-nl'],
  ['each tag is tried in full before the next: [nl-BE, en-US] → nl-nl', { languages: ['nl-BE', 'en-US'] }, 'nl-nl'],
  ['q-values are not tags (navigator.languages is already in their order): nl;q=0.9 is skipped', { languages: ['nl;q=0.9', 'de-DE'] }, 'de-de'],
  // The remembered choice.
  ['the remembered choice wins over the browser’s languages', { remembered: 'nl-nl', languages: ['de-DE', 'en-US'] }, 'nl-nl'],
  ['a remembered locale the site no longer has goes by its language: nl-be → nl-nl', { locales: TWO, remembered: 'nl-be', languages: ['en-US'] }, 'nl-nl'],
  ['a remembered value that is no locale is ignored: ../../x', { locales: TWO, remembered: '../../x', languages: ['nl-NL'] }, 'nl-nl'],
  ['a remembered __proto__ is ignored', { locales: TWO, remembered: '__proto__', languages: ['nl-NL'] }, 'nl-nl'],
  ['a remembered language the site lacks passes to the browser’s: fr-fr', { locales: TWO, remembered: 'fr-fr', languages: ['nl-NL'] }, 'nl-nl'],
  // What the URL asks: locale= (or the 404's first path segment), then clcid=.
  ['locale= wins over the remembered choice', { locales: TWO, explicit: 'nl-nl', remembered: 'en-us' }, 'nl-nl'],
  ['locale= in any case, with spaces: " NL-NL "', { locales: TWO, explicit: ' NL-NL ' }, 'nl-nl'],
  ['locale= the site lacks goes by its language: nl-be → nl-nl', { locales: TWO, explicit: 'nl-be', languages: ['en-US'] }, 'nl-nl'],
  ['a path segment that is no locale is ignored: fwlink', { locales: TWO, explicit: 'fwlink', remembered: 'nl-nl' }, 'nl-nl'],
  ['locale=../../x is ignored', { locales: TWO, explicit: '../../x', languages: ['nl-NL'] }, 'nl-nl'],
  ['locale=https://evil.example/ is ignored', { locales: TWO, explicit: 'https://evil.example/', languages: ['nl-NL'] }, 'nl-nl'],
  ['clcid=0x413 → nl-nl', { lcids, lcid: '0x413', languages: ['de-DE'] }, 'nl-nl'],
  ['clcid in capitals with leading zeros: 0X0413 → nl-nl', { lcids, lcid: '0X0413', languages: ['de-DE'] }, 'nl-nl'],
  ['clcid=1043 → nl-nl', { lcids, lcid: '1043', languages: ['de-DE'] }, 'nl-nl'],
  ['clcid wins over the remembered choice', { lcids, lcid: '0x411', remembered: 'nl-nl' }, 'ja-jp'],
  ['locale= wins over clcid=', { lcids, explicit: 'de-de', lcid: '0x413' }, 'de-de'],
  ['clcid=0x413abc is another number, no locale', { lcids, lcid: '0x413abc', languages: ['de-DE'] }, 'de-de'],
  ['clcid=0x413zz is no number, though parseInt would read 0x413', { lcids, lcid: '0x413zz', languages: ['de-DE'] }, 'de-de'],
  ['clcid=1043.0 is no code', { lcids, lcid: '1043.0', languages: ['de-DE'] }, 'de-de'],
  ['clcid=-1043 is no code', { lcids, lcid: '-1043', languages: ['de-DE'] }, 'de-de'],
  ['clcid=0x is no code', { lcids, lcid: '0x', languages: ['de-DE'] }, 'de-de'],
  ['clcid=__proto__ is no code', { lcids, lcid: '__proto__', languages: ['de-DE'] }, 'de-de'],
  ['an LCID of a locale the site lacks is ignored: 0x407 (de-de) on an en-us, nl-nl site', { locales: TWO, lcids, lcid: '0x407', languages: ['nl-NL'] }, 'nl-nl'],
  // Nothing to go by.
  ['empty navigator.languages → the source locale', { languages: [] }, 'en-us'],
  ['navigator.languages missing → the source locale', { languages: undefined }, 'en-us'],
  ['unknown tags → the source locale: xx-YY, i-klingon, x-private, *, und', { languages: ['xx-YY', 'i-klingon', 'x-private', '*', 'und'] }, 'en-us'],
  ['values that are not strings are skipped', { languages: [null, 42, { toString: () => 'nl-NL' }, ['nl-NL'], 'ja-JP'] }, 'ja-jp'],
  ['very long values are skipped, quickly: 100,000 characters', { explicit: `nl-${'a'.repeat(100_000)}`, remembered: 'x'.repeat(100_000), lcid: '0'.repeat(100_000), languages: ['nl-NL'.padEnd(100_000, 'x'), 'de-DE'] }, 'de-de'],
  ['a source locale the site lacks → the first locale', { locales: TWO, source: 'de-de', languages: [] }, 'en-us'],
  ['a site without locales → null', { locales: [], languages: ['nl-NL'] }, null],
];

describe('the locale negotiator', () => {
  it.each(cases)('%s', (_name, input, expected) => {
    expect(negotiateLocale({ locales: MANY, source: 'en-us', ...input }, writtenVariant)).toBe(expected);
  });

  it('answers only with one of the site’s locales, whatever the reader sends', () => {
    const hostile: unknown[] = ['', ' ', '../../x', '__proto__', 'constructor', 'javascript:alert(1)', '<script>', 'nl-nl/../..', 'NL_nl', 'en-', '-en', 'e'.repeat(65), '0x407', 1043, null, undefined, {}, [], NaN];
    for (const value of hostile) {
      const got = negotiateLocale({ locales: TWO, source: 'xx-xx', lcids: { '1043': 'nl-nl', '1031': 'de-de' }, explicit: value, lcid: value, remembered: value, languages: [value] }, writtenVariant);
      expect([value, got]).toEqual([value, 'en-us']);
    }
  });
});

describe('the script the pages run', () => {
  // The pages get the negotiator as source text: run that text, as a browser would, with a fake browser.
  function pageLocale(options: { stored?: string; storageOff?: boolean; languages: string[]; language?: string }, asks: object = {}): unknown {
    const localStorage = {
      getItem(key: string) {
        if (options.storageOff) throw new Error('SecurityError');
        return key === 'help.locale' ? (options.stored ?? null) : null;
      },
    };
    const navigator = { languages: Object.freeze(options.languages), language: options.language ?? options.languages[0] };
    const helpLocale = new Function('localStorage', 'navigator', `${readerLocaleScript()}; return helpLocale;`)(localStorage, navigator);
    return helpLocale(negotiationSite(MANY, 'en-us', { lcids: true }), asks);
  }

  it('follows the choice remembered under reader-prefs.ts’s key over the browser’s languages', () => {
    expect(pageLocale({ stored: 'nl-nl', languages: ['ja-JP'] })).toBe('nl-nl');
  });

  it('follows the browser’s languages when nothing is remembered, or storage is off', () => {
    expect(pageLocale({ languages: ['zh-TW', 'en-US'] })).toBe('zh-tw');
    expect(pageLocale({ storageOff: true, languages: ['ja-JP'] })).toBe('ja-jp');
  });

  it('reads navigator.language when navigator.languages is empty', () => {
    expect(pageLocale({ languages: [], language: 'de-DE' })).toBe('de-de');
  });

  it('passes what the URL asks: locale=, clcid=', () => {
    expect(pageLocale({ stored: 'nl-nl', languages: [] }, { explicit: 'ja-jp' })).toBe('ja-jp');
    expect(pageLocale({ stored: 'nl-nl', languages: [] }, { lcid: '0x407' })).toBe('de-de');
  });

  it('stays small: every reader of / loads it before being sent on', () => {
    expect(readerLocaleScript().length).toBeLessThan(2_000);
  });
});

describe('what the pages tell the negotiator', () => {
  it('takes LCIDs from the locale table, only for the site’s locales and only where asked', () => {
    expect(negotiationSite(TWO, 'en-us', { lcids: true })).toEqual({ locales: TWO, source: 'en-us', key: 'help.locale', lcids: { '1033': 'en-us', '1043': 'nl-nl' } });
    expect(negotiationSite(TWO, 'en-us')).toEqual({ locales: TWO, source: 'en-us', key: 'help.locale' });
  });
});

describe('the written variant of a tag', () => {
  it('names no variant by a key every object has', () => {
    expect(['constructor', 'toString', '__proto__'].map(writtenVariant)).toEqual(['constructor', 'tostring', '__proto__']);
  });
});
