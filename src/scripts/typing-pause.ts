/**
 * How long the search box waits after a key before it searches.
 *
 * A query that ends in a one-letter word is almost always a word still being typed, and it is the costliest
 * search there is: Pagefind downloads the index chunk of every word that starts with that letter, and the
 * next key makes the result useless. So the box waits longer then: the next key cancels the search, and a
 * query that really ends in one letter is still searched once the reader pauses. A digit is searched at
 * once ("Windows 7"): few words start with one, so its chunk is small.
 *
 * Shared by the search UI (browser): no imports.
 */
export const PAUSE_MS = 80;
export const ONE_LETTER_PAUSE_MS = 400;

/** One letter, with the marks written on it (Hebrew points, Arabic harakat, Thai vowel signs). */
const ONE_LETTER = /^\p{L}\p{M}*$/u;

export function pauseBeforeSearch(value: string): number {
  const words = value.trim().split(/\s+/u);
  return ONE_LETTER.test(words[words.length - 1] ?? '') ? ONE_LETTER_PAUSE_MS : PAUSE_MS;
}
