/**
 * UI strings: the words of every page around the article, one JSON file per written language in `strings/`
 * (string-files.ts lists them). Every file is complete: the schema below is the contract for all of them,
 * checked when a locale first uses the file (a wrong file stops the build, naming the file and the key) and
 * by test/unit/ui-strings.test.ts. A locale takes the first file along its chain from the locale table
 * (`nl-be` → `nl`; `zh-tw` → `zh-hant`; locales.ts says which locales share a file and why); a locale whose
 * language has no file uses English, and the build says once which file to add.
 *
 * Messages name their values as `{placeholders}`; a translation may move them, never drop or add one. Counts
 * are plural messages with one form per CLDR plural category of the file's language (`Intl.PluralRules`).
 */
import { z } from 'zod';
import { describeLocale, fallbackChain } from '../pipeline/locales.ts';
import { placeholders, pluralForm } from './message.ts';
import { STRING_FILES } from './string-files.ts';

/** Checks a message's placeholders against the names its key declares. */
function checkPlaceholders(text: string, names: readonly string[], ctx: z.RefinementCtx, optional: readonly string[] = []) {
  const found = placeholders(text);
  for (const name of found) if (!names.includes(name)) ctx.addIssue({ code: 'custom', message: `has {${name}}, which this string does not have (it has ${names.map((n) => `{${n}}`).join(', ') || 'none'})` });
  for (const name of names) if (!optional.includes(name) && !found.includes(name)) ctx.addIssue({ code: 'custom', message: `lacks {${name}}` });
  // A brace that is not part of a placeholder is a typo such as "{q" or "{ q }".
  if (/[{}]/.test(text.replace(/\{[a-zA-Z]+\}/g, ''))) ctx.addIssue({ code: 'custom', message: 'has a { or } that is not part of a {placeholder}' });
}

/** A message whose `{placeholders}` are exactly `names`. */
function message(...names: string[]) {
  return z.string().min(1).superRefine((text, ctx) => checkPlaceholders(text, names, ctx));
}

/**
 * A message with a `{count}`, one form per plural category of the file's language (which categories, and
 * whether a form may leave the number out, is checked per file: `stringsFileSchema`).
 */
function plural(...names: string[]) {
  const form = z.string().min(1).superRefine((text, ctx) => checkPlaceholders(text, ['count', ...names], ctx, ['count']));
  return z.strictObject({ zero: form.optional(), one: form.optional(), two: form.optional(), few: form.optional(), many: form.optional(), other: form });
}

export const uiStringsSchema = z.strictObject({
  /** The site's name in the header and after every page title. */
  siteTitle: message(),
  skipToContent: message(),
  /** `{date}`: the article's date, formatted for the locale. */
  lastUpdated: message('date'),
  otherLanguages: message(),
  articlesHeading: message(),
  /** Under the heading of a locale's home. */
  articleCount: plural(),
  allLanguages: message(),
  notFoundTitle: message(),
  notFoundBody: message(),
  onThisPage: message(),
  linkToSection: message(),
  alertNote: message(),
  alertTip: message(),
  alertImportant: message(),
  alertWarning: message(),
  alertCaution: message(),
  playVideo: message(),
  shortLinksTitle: message(),
  /** `{id}`: the short link's id, as the reader's URL has it. */
  shortLinkUnknown: message('id'),
  shortLinkNoScript: message(),
  /** On redirect pages a browser did not follow; `{title}` is the link to the new page. */
  redirecting: message('title'),
  searchLabel: message(),
  searchButton: message(),
  searchTitle: message(),
  /** `{q}`: the reader's query. */
  searchNoResults: message('q'),
  searchResultCount: plural('q'),
  /** `{language}`: the source's language, by name, over its results. */
  searchSourceResults: message('language'),
  searchNeedsScript: message(),
  /** `{language}`: the reader's language; `{source}`: the source's, both by name. */
  fallbackNotice: message('language', 'source'),
  machineTranslated: message(),
  readOriginal: message(),
  alwaysOriginal: message(),
  showingOriginals: message(),
  showTranslations: message(),
  /** `{date}`: when the source changed, formatted for the locale. */
  outdatedNotice: message('date'),
  /** The picker's name for screen readers; `{language}`: the page's language, by name. */
  languagePicker: message('language'),
});
export type UiStrings = z.infer<typeof uiStringsSchema>;
export type UiKey = keyof UiStrings;
/** Keys of plain messages, and of messages with a count. */
export type TextKey = { [K in UiKey]: UiStrings[K] extends string ? K : never }[UiKey];
export type PluralKey = Exclude<UiKey, TextKey>;
export type PluralForms = UiStrings[PluralKey];

const CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;

/** Plural categories that stand for one whole number only in `lang` (Arabic two: 2), so "مقالتان" may drop the digit. */
function singleNumberCategories(lang: string): Set<string> {
  const rules = new Intl.PluralRules(lang);
  const seen = new Map<string, number>();
  for (let n = 0; n <= 1000; n++) {
    const category = rules.select(n);
    seen.set(category, (seen.get(category) ?? 0) + 1);
  }
  return new Set([...seen].filter(([, count]) => count === 1).map(([category]) => category));
}

/** The schema of one file: the shared one, plus plural forms for exactly the categories of its language. */
export function stringsFileSchema(lang: string) {
  const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories as string[];
  const single = singleNumberCategories(lang);
  return uiStringsSchema.superRefine((strings, ctx) => {
    for (const [key, value] of Object.entries(strings)) {
      if (typeof value === 'string') continue;
      for (const category of CATEGORIES) {
        const form = value[category];
        if (categories.includes(category) && form === undefined) ctx.addIssue({ code: 'custom', path: [key, category], message: `lacks the "${category}" form, which ${lang} has` });
        if (!categories.includes(category) && form !== undefined) ctx.addIssue({ code: 'custom', path: [key, category], message: `has a "${category}" form, which ${lang} does not have (it has ${categories.join(', ')})` });
        if (form !== undefined && !single.has(category) && !placeholders(form).includes('count')) ctx.addIssue({ code: 'custom', path: [key, category], message: 'lacks {count}' });
      }
    }
  });
}

/** `pt-br` → `pt-BR`, `zh-hant` → `zh-Hant`, `sr-latn` → `sr-Latn`: the tag whose plural rules a file follows. */
export function fileTag(name: string): string {
  return Intl.getCanonicalLocales(name)[0] ?? name;
}

/** Validates one file; the error names the file and every wrong key. */
export function parseStringsFile(name: string, data: unknown): UiStrings {
  const result = stringsFileSchema(fileTag(name)).safeParse(data);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `  ${issue.path.join('.') || '(file)'}: ${issue.message}`);
  throw new Error(`src/i18n/strings/${name}.json is not a complete UI strings file:\n${problems.join('\n')}`);
}

/**
 * Checked files, keyed by the lowercase tag the file is named after: `en`, `nl`, `pt-br`, `zh-hant`. A file
 * is checked when a locale first uses it: checking all 37 took 90 ms in each of the three module graphs of
 * `astro dev` (config, content, pages), a fifth of a second before the first page, mostly for languages a
 * site does not have. test/unit/ui-strings.test.ts checks every file.
 */
const tables = new Map<string, UiStrings>();

function table(name: string): UiStrings {
  let strings = tables.get(name);
  if (!strings) {
    strings = parseStringsFile(name, STRING_FILES[name]);
    tables.set(name, strings);
  }
  return strings;
}

const fileOf = new Map<string, string>();

/** The file a locale's strings come from: `zh-tw` → `zh-hant`; `en` when its language has none. Cached: every label asks. */
export function stringsFileOf(localeFolder: string): string {
  let name = fileOf.get(localeFolder);
  if (name === undefined) {
    name = fallbackChain(localeFolder).find((tag) => STRING_FILES[tag] !== undefined) ?? 'en';
    fileOf.set(localeFolder, name);
  }
  return name;
}

export function stringsOf(localeFolder: string): UiStrings {
  return table(stringsFileOf(localeFolder));
}

export function t(localeFolder: string, key: TextKey): string {
  return stringsOf(localeFolder)[key];
}

/** A plural message's forms, for a count the browser knows only later (search results). */
export function pluralForms(localeFolder: string, key: PluralKey): PluralForms {
  return stringsOf(localeFolder)[key];
}

/**
 * The tag whose plural rules pick a locale's forms: its file's, so a locale that falls back to English
 * never asks English for a Welsh "two" (`cy-gb` → `en`), while `nl-be` follows Dutch and `pt-ao` Portugal.
 */
export function pluralTagOf(localeFolder: string): string {
  return fileTag(stringsFileOf(localeFolder));
}

/** The form of a plural message for `count`, `{count}` still in it: `articleCount`, 3, `pl-pl` → `{count} artykuły`. */
export function tPlural(localeFolder: string, key: PluralKey, count: number): string {
  return pluralForm(pluralForms(localeFolder, key), count, pluralTagOf(localeFolder));
}

/** Changes when any string changes: rendered HTML that embeds labels is cached under it. */
export const uiStringsFingerprint = JSON.stringify(STRING_FILES);

/**
 * One warning per locale whose language has no strings file, naming the file to add:
 * `ms-my: its pages use English UI strings; add src/i18n/strings/ms.json (copy en.json and translate it)`.
 */
export function uiStringsWarnings(localeFolders: readonly string[]): string[] {
  return localeFolders.flatMap((folder) => {
    const info = describeLocale(folder);
    if (!info.ok || info.locale.language === 'en' || stringsFileOf(folder) !== 'en') return [];
    const chain = fallbackChain(folder);
    const file = chain[chain.length - 2] ?? info.locale.language;
    return [`${folder}: its pages use English UI strings; add src/i18n/strings/${file}.json (copy en.json and translate it)`];
  });
}
