/** Hebrew and Arabic prefixes: every form of a word is one index word, and readers see the text as written. */
import { describe, expect, it } from 'vitest';
import { hidePrefixes, showPrefixes, stem, stemQuery } from '../../src/scripts/attached-prefixes.ts';

/** What Pagefind keeps of a word: letters, digits and marks (it drops the private-use characters). */
const indexWord = (word: string) => word.replace(/[^\p{L}\p{N}\p{M}]/gu, '');

describe('attached prefixes', () => {
  it.each([
    ['הקובץ', 'קובץ'],
    ['ובקובץ', 'קובץ'],
    ['ב-Outlook', 'Outlook'],
    ['ב־Outlook', 'Outlook'],
    ['בIntune', 'Intune'],
    ['לעדכן', 'עדכן'],
  ])('strips the Hebrew prefixes of %s (%s)', (word, expected) => {
    expect(stem(word, 'he')).toBe(expected);
  });

  it('keeps three letters at least, and a letter with a vowel point', () => {
    expect(stem('הזה', 'he')).toBe('הזה');
    expect(stem('בית', 'he')).toBe('בית');
    expect(stem('הַקובץ', 'he')).toBe('הַקובץ');
  });

  it.each([
    ['الملف', 'ملف'],
    ['للمستخدم', 'مستخدم'],
    ['وبالملف', 'ملف'],
    ['لعرض', 'عرض'],
    ['باستخدام', 'استخدام'],
  ])('strips the Arabic prefixes of %s (%s)', (word, expected) => {
    expect(stem(word, 'ar')).toBe(expected);
  });

  it('leaves words of other languages alone', () => {
    expect(stem('hallo', 'nl')).toBe('hallo');
    expect(hidePrefixes('הקובץ', 'nl')).toBe('הקובץ');
  });

  it('makes the same index word of a word with any prefix as of the word alone, as the query strategy does', () => {
    for (const word of ['קובץ', 'משתמש', 'שירותים', 'הגדרות', 'בית']) {
      for (const prefix of ['', 'ה', 'ב', 'ל', 'ו', 'מ', 'ש', 'כ', 'וה', 'שב', 'ומה']) {
        expect(indexWord(hidePrefixes(prefix + word, 'he'))).toBe(stem(word, 'he'));
        expect(stemQuery(`${prefix}${word} ${prefix}${word}`, 'he')).toBe(`${stem(word, 'he')} ${stem(word, 'he')}`);
      }
    }
  });

  it('hides the prefixes in the text Pagefind indexes without changing its length, and the UI shows them again', () => {
    const text = 'שמור את הקובץ ב-Excel ובקובץ (הקובץ) כעת';
    const hidden = hidePrefixes(text, 'he');
    expect(hidden).toHaveLength(text.length);
    // שמור loses a root letter (ש), as the reader's שמור does: the rule needs no dictionary.
    expect(hidden.split(' ').map(indexWord)).toEqual(['מור', 'את', 'קובץ', 'Excel', 'קובץ', 'קובץ', 'כעת']);
    expect(showPrefixes(hidden)).toBe(text);
  });

  it('never shows a private-use character of the article as a letter it was not', () => {
    expect(showPrefixes(hidePrefixes('\uE001 קובץ', 'he'))).toBe('\uFFFD קובץ');
  });
});
