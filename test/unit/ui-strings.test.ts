import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fill } from '../../src/i18n/fill.ts';
import { formatCount } from '../../src/i18n/message.ts';
import { STRING_FILES } from '../../src/i18n/string-files.ts';
import { parseStringsFile, stringsFileOf, stringsOf, t, tPlural, uiStringsSchema, uiStringsWarnings, type PluralKey } from '../../src/i18n/ui-strings.ts';

const stringsDir = fileURLToPath(new URL('../../src/i18n/strings/', import.meta.url));
const english = JSON.parse(readFileSync(`${stringsDir}en.json`, 'utf8')) as Record<string, unknown>;

/** The 36 locales Microsoft 365 help is published in, plus its source. */
const PUBLISHED = [
  'ar-sa', 'bg-bg', 'cs-cz', 'da-dk', 'de-de', 'el-gr', 'es-es', 'et-ee', 'fi-fi', 'fr-fr', 'he-il', 'hr-hr', 'hu-hu', 'id-id', 'it-it',
  'ja-jp', 'ko-kr', 'lt-lt', 'lv-lv', 'nb-no', 'nl-nl', 'pl-pl', 'pt-br', 'pt-pt', 'ro-ro', 'ru-ru', 'sk-sk', 'sl-si', 'sr-latn-rs', 'sv-se',
  'th-th', 'tr-tr', 'uk-ua', 'vi-vn', 'zh-cn', 'zh-tw', 'en-us',
];

/** Parses `en.json` changed by `edit`, and returns the problems the file would be reported with. */
function problemsOf(name: string, edit: (strings: Record<string, unknown>) => void): string {
  const strings = structuredClone(name === 'en' ? english : (STRING_FILES[name] as Record<string, unknown>));
  edit(strings);
  try {
    parseStringsFile(name, strings);
    return '';
  } catch (error) {
    return (error as Error).message;
  }
}

/** `articleCount` for `count` in a locale, as a reader sees it. */
function count(locale: string, key: PluralKey, n: number, values: Record<string, string> = {}): string {
  return fill(tPlural(locale, key, n), { ...values, count: formatCount(n, locale) });
}

describe('the UI strings files', () => {
  it('are all loaded: every file in src/i18n/strings/ is in string-files.ts, and nothing else', () => {
    const files = readdirSync(stringsDir).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5)).sort();
    expect(Object.keys(STRING_FILES).sort()).toEqual(files);
  });

  it.each(Object.keys(STRING_FILES))('%s.json is complete: every key, the same placeholders as English, the plural forms of its language', (name) => {
    expect(() => parseStringsFile(name, STRING_FILES[name])).not.toThrow();
    expect(Object.keys(STRING_FILES[name] as object).sort()).toEqual(Object.keys(uiStringsSchema.shape).sort());
  });

  it('give every published locale a file in its own language', () => {
    const files = PUBLISHED.map((locale) => [locale, stringsFileOf(locale)]);
    expect(files.filter(([locale, file]) => file === 'en' && !locale!.startsWith('en'))).toEqual([]);
    expect(new Set(files.map(([, file]) => file)).size).toBe(37);
  });

  it('use no English word in the languages written in another script (product names aside)', () => {
    for (const name of ['ar', 'he', 'th', 'ja', 'ko', 'zh-hans', 'zh-hant', 'ru', 'uk', 'bg', 'el']) {
      const text = JSON.stringify(STRING_FILES[name]);
      const words = (text.match(/[A-Za-z]{2,}/g) ?? []).filter((w) => !['JavaScript', 'siteTitle'].includes(w) && !(w in uiStringsSchema.shape) && !/^(zero|one|two|few|many|other|date|id|q|count|title|language|source)$/.test(w));
      expect(words, name).toEqual([]);
    }
  });

  it('differ from English except in words the language shares with it', () => {
    const same: string[] = [];
    for (const [name, data] of Object.entries(STRING_FILES)) {
      if (name === 'en') continue;
      for (const [key, value] of Object.entries(data as Record<string, unknown>)) if (JSON.stringify(value) === JSON.stringify(english[key])) same.push(`${name}.${key}`);
    }
    expect(same.sort()).toEqual(['cs.alertTip', 'da.alertTip', 'fr.alertImportant', 'nl.alertTip', 'nl.siteTitle', 'ro.alertImportant', 'sk.alertTip']);
  });
});

describe('a wrong strings file stops the build, naming the file and the key', () => {
  it('reports a missing key and an extra key', () => {
    expect(problemsOf('en', (s) => delete s['lastUpdated'])).toBe('src/i18n/strings/en.json is not a complete UI strings file:\n  lastUpdated: Invalid input: expected string, received undefined');
    expect(problemsOf('en', (s) => (s['lastUpdate'] = 'Last updated'))).toBe('src/i18n/strings/en.json is not a complete UI strings file:\n  (file): Unrecognized key: "lastUpdate"');
  });

  it('reports a placeholder dropped, added, or mistyped in a translation', () => {
    expect(problemsOf('nl', (s) => (s['lastUpdated'] = 'Laatst bijgewerkt'))).toBe('src/i18n/strings/nl.json is not a complete UI strings file:\n  lastUpdated: lacks {date}');
    expect(problemsOf('nl', (s) => (s['searchNoResults'] = 'Geen resultaten voor “{q}” op {date}.'))).toBe(
      'src/i18n/strings/nl.json is not a complete UI strings file:\n  searchNoResults: has {date}, which this string does not have (it has {q})',
    );
    expect(problemsOf('de', (s) => (s['fallbackNotice'] = 'Nicht auf {language} verfügbar; Original auf {source'))).toContain('fallbackNotice: lacks {source}\n  fallbackNotice: has a { or } that is not part of a {placeholder}');
    expect(problemsOf('de', (s) => (s['searchButton'] = 'Suchen {q}'))).toContain('searchButton: has {q}, which this string does not have (it has none)');
  });

  it('reports a plural form the language lacks or does not have, and a count left out', () => {
    expect(problemsOf('pl', (s) => delete (s['articleCount'] as Record<string, string>)['many'])).toBe(
      'src/i18n/strings/pl.json is not a complete UI strings file:\n  articleCount.many: lacks the "many" form, which pl has',
    );
    expect(problemsOf('ja', (s) => ((s['articleCount'] as Record<string, string>)['one'] = '{count} 件の記事'))).toBe(
      'src/i18n/strings/ja.json is not a complete UI strings file:\n  articleCount.one: has a "one" form, which ja does not have (it has other)',
    );
    expect(problemsOf('ru', (s) => ((s['articleCount'] as Record<string, string>)['few'] = 'несколько статей'))).toBe(
      'src/i18n/strings/ru.json is not a complete UI strings file:\n  articleCount.few: lacks {count}',
    );
    // Arabic "two" stands for 2 alone, so "مقالتان" may leave the digit out.
    expect(problemsOf('ar', () => {})).toBe('');
  });
});

describe('plural forms, one per CLDR category', () => {
  it('Polish: one, few, many, other', () => {
    expect([1, 3, 22, 5, 12, 1.5].map((n) => count('pl-pl', 'articleCount', n))).toEqual(['1 artykuł', '3 artykuły', '22 artykuły', '5 artykułów', '12 artykułów', '1,5 artykułu']);
    expect(count('pl-pl', 'searchResultCount', 4, { q: 'faktura' })).toBe('4 wyniki dla zapytania „faktura”');
  });

  it('Russian: one, few, many, other', () => {
    expect([1, 21, 3, 5, 11, 1.5].map((n) => count('ru-ru', 'articleCount', n))).toEqual(['1 статья', '21 статья', '3 статьи', '5 статей', '11 статей', '1,5 статьи']);
    expect(count('ru-ru', 'searchResultCount', 5, { q: 'счет' })).toBe('5 результатов по запросу «счет»');
  });

  it('Arabic: zero, one, two, few, many, other, in Arabic digits', () => {
    expect([0, 1, 2, 3, 11, 100].map((n) => count('ar-sa', 'articleCount', n))).toEqual(['لا توجد مقالات', 'مقالة واحدة', 'مقالتان', '٣ مقالات', '١١ مقالة', '١٠٠ مقالة']);
  });

  it('Czech: one, few, many, other', () => {
    expect([1, 3, 1.5, 5].map((n) => count('cs-cz', 'articleCount', n))).toEqual(['1 článek', '3 články', '1,5 článku', '5 článků']);
  });

  it('a locale that falls back to another language follows that language’s rules', () => {
    // Welsh has a "two"; English does not, so 2 takes English "other".
    expect(count('cy-gb', 'articleCount', 2)).toBe('2 articles');
  });
});

describe('which file a locale reads', () => {
  it('picks the locale’s language, across regions', () => {
    expect(t('nl-nl', 'lastUpdated')).toBe('Laatst bijgewerkt: {date}');
    expect(t('nl-be', 'searchButton')).toBe('Zoeken');
    expect(t('de-at', 'searchButton')).toBe('Suchen');
  });

  it('gives Traditional Chinese to Taiwan, Hong Kong and Macao, and Simplified to China and Singapore', () => {
    expect(['zh-tw', 'zh-hk', 'zh-mo', 'zh-hant-hk'].map((l) => t(l, 'searchButton'))).toEqual(['搜尋', '搜尋', '搜尋', '搜尋']);
    expect(['zh-cn', 'zh-sg', 'zh'].map((l) => t(l, 'searchButton'))).toEqual(['搜索', '搜索', '搜索']);
  });

  it('keeps each Chinese file in its own script', () => {
    // Characters written differently in the two scripts, common in UI text.
    const simplified = '这们个说语页链网简体时与后检设显择译还无为录务动对开关换错误载发现较阅读';
    const traditional = '這們個說語頁鏈網簡體時與後檢設顯擇譯還無為錄務動對開關換錯誤載發現較閱讀';
    const has = (name: string, chars: string) => [...JSON.stringify(STRING_FILES[name])].filter((c) => chars.includes(c));
    expect(has('zh-hant', simplified)).toEqual([]);
    expect(has('zh-hans', traditional)).toEqual([]);
  });

  it('writes Serbian (Latin) in Latin script, never Cyrillic', () => {
    expect(stringsFileOf('sr-latn-rs')).toBe('sr-latn');
    expect(JSON.stringify(stringsOf('sr-latn-rs'))).not.toMatch(/[\u0400-\u04ff]/);
    expect(stringsFileOf('sr-cyrl-rs')).toBe('en');
  });

  it('gives European Portuguese to Portugal (and Angola), Brazilian to Brazil', () => {
    expect([stringsFileOf('pt-pt'), stringsFileOf('pt-ao'), stringsFileOf('pt-br'), stringsFileOf('pt')]).toEqual(['pt-pt', 'pt-pt', 'pt-br', 'pt-br']);
    expect(t('pt-pt', 'linkToSection')).toBe('Ligação para esta secção');
    expect(t('pt-br', 'linkToSection')).toBe('Link para esta seção');
  });
});

describe('the build warning for a language without strings', () => {
  it('is one line per locale, naming the file to add', () => {
    expect(uiStringsWarnings(['nl-nl', 'ms-my', 'en-gb', 'fr-ca', 'sr-cyrl-rs', 'zh-hk'])).toEqual([
      'ms-my: its pages use English UI strings; add src/i18n/strings/ms.json (copy en.json and translate it)',
      'sr-cyrl-rs: its pages use English UI strings; add src/i18n/strings/sr-cyrl.json (copy en.json and translate it)',
    ]);
  });
});
