import { describe, expect, it } from 'vitest';
import { describeLocale, fallbackChain, sameLocale } from '../../src/pipeline/locales.ts';

function info(folder: string) {
  const result = describeLocale(folder);
  if (!result.ok) throw new Error(result.reason);
  return result.locale;
}

describe('the locale table', () => {
  it('gives the canonical tag for <html lang> from the lowercase folder', () => {
    expect(info('nl-nl').tag).toBe('nl-NL');
    expect(info('sr-latn-rs').tag).toBe('sr-Latn-RS');
    expect(info('ja-jp').tag).toBe('ja-JP');
  });

  it('knows which locales are written right to left', () => {
    expect(['ar-sa', 'he-il', 'fa-ir', 'ur-pk'].map((l) => info(l).dir)).toEqual(['rtl', 'rtl', 'rtl', 'rtl']);
    expect(['nl-nl', 'ja-jp', 'de-de', 'en-us'].map((l) => info(l).dir)).toEqual(['ltr', 'ltr', 'ltr', 'ltr']);
  });

  it('names each locale in its own language', () => {
    expect(info('nl-nl').nativeName).toBe('Nederlands (Nederland)');
    expect(info('de-de').nativeName).toBe('Deutsch (Deutschland)');
    expect(info('ja-jp').nativeName).toBe('日本語 (日本)');
    expect(info('ar-sa').nativeName).toMatch(/^العربية/);
  });

  it('falls back from region to language to English', () => {
    expect(fallbackChain('nl-be')).toEqual(['nl-be', 'nl', 'en']);
    expect(fallbackChain('en-gb')).toEqual(['en-gb', 'en']);
  });

  it('falls back by written variant where the bare language is not one text, never through the bare tag', () => {
    expect(fallbackChain('zh-tw')).toEqual(['zh-tw', 'zh-hant', 'en']);
    expect(fallbackChain('zh-hk')).toEqual(['zh-hk', 'zh-hant', 'en']);
    expect(fallbackChain('zh-mo')).toEqual(['zh-mo', 'zh-hant', 'en']);
    expect(fallbackChain('zh-cn')).toEqual(['zh-cn', 'zh-hans', 'en']);
    expect(fallbackChain('zh-sg')).toEqual(['zh-sg', 'zh-hans', 'en']);
    expect(fallbackChain('sr-latn-rs')).toEqual(['sr-latn-rs', 'sr-latn', 'en']);
    expect(fallbackChain('sr-rs')).toEqual(['sr-rs', 'sr-cyrl', 'en']);
    expect(fallbackChain('pt-pt')).toEqual(['pt-pt', 'en']);
    expect(fallbackChain('pt-ao')).toEqual(['pt-ao', 'pt-pt', 'en']);
    expect(fallbackChain('pt-br')).toEqual(['pt-br', 'en']);
    expect(fallbackChain('no-no')).toEqual(['no-no', 'nb', 'en']);
  });

  it('rejects folder names that are not lowercase BCP 47 tags, suggesting the fix', () => {
    const upper = describeLocale('NL-nl');
    expect(upper).toEqual({ ok: false, reason: '"NL-nl" is not a lowercase BCP 47 locale tag', fix: 'rename the folder to "nl-nl"' });
    expect(describeLocale('english').ok).toBe(false);
    expect(describeLocale('nl_nl')).toMatchObject({ ok: false, fix: 'rename the folder to "nl-nl"' });
  });

  it('matches ms.contentlocale to the folder case-insensitively', () => {
    expect(sameLocale('nl-NL', 'nl-nl')).toBe(true);
    expect(sameLocale('de-DE', 'nl-nl')).toBe(false);
  });
});
