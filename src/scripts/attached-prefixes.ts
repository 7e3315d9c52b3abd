/**
 * Hebrew and Arabic write the article, prepositions and conjunctions as prefixes of the next word.
 * Hebrew: ה (the), ב (in), ל (to), ו (and), מ (from), ש (that), כ (as), stacked (ובקובץ, "and in the
 * file"), and before Latin words with a hyphen (ב-Outlook) or without (בIntune). Arabic: ال (the), و and ف
 * (and), ب (with), ك (as), ل (for), stacked (وبالملف), ل + ال written لل. Pagefind indexes whole words and
 * matches the start of a word, so "קובץ" (file) never found a page that only says "הקובץ" (the file), and
 * Pagefind's Arabic stemmer strips ال but not ل or ب (لعرض, باستخدام).
 *
 * Both sides strip the same way, so every form of a word becomes one index word: the indexer hides the
 * stripped letters from Pagefind (`hidePrefixes`), and the query strategy strips the reader's words
 * (`stemQuery`) before searching. The rule needs no dictionary, which a browser would have to download:
 * leading prefixes go while at least three letters or digits are left. It strips some root letters too
 * (מחשב → חשב, بريد → ريد), on both sides alike, so nothing is lost; two words merely share an index word
 * now and then.
 *
 * Pagefind's index and its excerpts come from the same text, so a stripped letter cannot be removed: it is
 * written as a private-use character, which Pagefind leaves out of the word (it keeps letters, digits and
 * marks) and the search UI turns back into the letter (`showPrefixes`). A letter followed by a vowel mark is
 * not stripped (pointed text is rare in help articles, and the mark would stay behind).
 *
 * Shared by the indexer (Node) and the search UI (browser): no imports.
 */

const PREFIXES: Record<string, string[]> = {
  he: ['ו', 'ה', 'ב', 'ל', 'מ', 'ש', 'כ'],
  ar: ['ال', 'و', 'ف', 'ب', 'ك', 'ل'],
};
/** The letters that can be hidden, each standing for U+E000 + its place here. */
const LETTERS = 'והבלמשכوفبكلا';
const HIDDEN = /[\uE000-\uE00C]/g;
const MIN_STEM = 3;
const WORD_CHAR = /[\p{L}\p{N}]/u;
const MARK = /\p{M}/u;

export function stripsPrefixes(language: string): boolean {
  return language in PREFIXES;
}

/** The first letter of each language's prefixes: a word starting with none of them has none (most words). */
const FIRST_LETTERS: Record<string, Set<string>> = Object.fromEntries(Object.entries(PREFIXES).map(([language, prefixes]) => [language, new Set(prefixes.map((p) => p[0]!))]));
const LEADING_NON_WORD = /^[^\p{L}\p{N}]*/u;

/** How many leading characters of a word are prefixes to strip. */
function prefixLength(word: string, prefixes: readonly string[], firstLetters: ReadonlySet<string>): number {
  // Quotes and brackets before the word stay: ("הקובץ") strips like הקובץ. They are one UTF-16 unit each,
  // as are the prefix letters, so this quick look needs no split into characters.
  if (!firstLetters.has(word[LEADING_NON_WORD.exec(word)![0].length] ?? '')) return 0;
  const chars = [...word];
  let left = chars.filter((c) => WORD_CHAR.test(c)).length;
  let i = 0;
  while (i < chars.length && !WORD_CHAR.test(chars[i]!)) i++;
  const start = i;
  for (;;) {
    const prefix = prefixes.find((p) => chars.slice(i, i + p.length).join('') === p);
    if (!prefix || left - prefix.length < MIN_STEM || MARK.test(chars[i + prefix.length] ?? '')) break;
    i += prefix.length;
    left -= prefix.length;
    // ב-Outlook, ב־Outlook (maqaf): the hyphen goes with the prefix.
    if (chars[i] === '-' || chars[i] === '\u05be') i++;
  }
  return i === start ? 0 : i;
}

/** A reader's word as the index has it: הקובץ → קובץ, ב-Outlook → Outlook, لعرض → عرض. */
export function stem(word: string, language: string): string {
  const prefixes = PREFIXES[language];
  const n = prefixes ? prefixLength(word, prefixes, FIRST_LETTERS[language]!) : 0;
  return n === 0 ? word : [...word].slice(n).join('');
}

/** Every word of a query, stemmed; spaces kept. */
export function stemQuery(query: string, language: string): string {
  return query.replace(/\S+/g, (word) => stem(word, language));
}

/**
 * Index side: the text of a page with each word's prefixes hidden from Pagefind, the same length (a
 * private-use character already in the text becomes U+FFFD, so none is shown as a letter it never was).
 */
export function hidePrefixes(text: string, language: string): string {
  const prefixes = PREFIXES[language];
  if (!prefixes) return text;
  const firstLetters = FIRST_LETTERS[language]!;
  return text.replace(HIDDEN, '\ufffd').replace(/\S+/g, (word) => {
    const n = prefixLength(word, prefixes, firstLetters);
    if (n === 0) return word;
    const chars = [...word];
    for (let i = 0; i < n; i++) {
      const at = LETTERS.indexOf(chars[i]!);
      if (at >= 0) chars[i] = String.fromCharCode(0xe000 + at);
    }
    return chars.join('');
  });
}

/** Display side: Pagefind's titles and excerpts with the hidden letters shown again. */
export function showPrefixes(text: string): string {
  return text.replace(HIDDEN, (c) => LETTERS[c.charCodeAt(0) - 0xe000]!);
}
