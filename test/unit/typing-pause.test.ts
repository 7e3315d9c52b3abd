import { describe, expect, it } from 'vitest';
import { ONE_LETTER_PAUSE_MS, PAUSE_MS, pauseBeforeSearch } from '../../src/scripts/typing-pause.ts';

describe('the pause before the search box searches', () => {
  it.each(['K', 'k ', 'Office K', 'كلمة ا', 'ה', 'בְּ', 'Ж'])('waits for the next key after a one-letter word: %j', (value) => {
    expect(pauseBeforeSearch(value)).toBe(ONE_LETTER_PAUSE_MS);
  });

  it.each(['Ke', 'Windows 7', '365', 'Office', 'كلمة', 'הקובץ', 'K Office', ''])('searches soon otherwise: %j', (value) => {
    expect(pauseBeforeSearch(value)).toBe(PAUSE_MS);
  });
});
