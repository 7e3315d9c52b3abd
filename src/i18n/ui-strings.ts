/**
 * UI strings: one validated JSON file per language in `strings/`. English has every key; any other file may
 * lack some, and a missing key falls back along the locale's chain (`nl-be` → `nl` → `en`), from the
 * locale table. `missingStrings` lists what a locale falls back on, for the build report.
 */
import { z } from 'zod';
import { fallbackChain } from '../pipeline/locales.ts';
import ar from './strings/ar.json' with { type: 'json' };
import de from './strings/de.json' with { type: 'json' };
import en from './strings/en.json' with { type: 'json' };
import ja from './strings/ja.json' with { type: 'json' };
import nl from './strings/nl.json' with { type: 'json' };

export const uiStringsSchema = z.strictObject({
  siteTitle: z.string(),
  skipToContent: z.string(),
  lastUpdated: z.string(),
  otherLanguages: z.string(),
  articlesHeading: z.string(),
  chooseLanguage: z.string(),
  allLanguages: z.string(),
  notFoundTitle: z.string(),
  notFoundBody: z.string(),
  aboutThisSite: z.string(),
  onThisPage: z.string(),
  linkToSection: z.string(),
  alertNote: z.string(),
  alertTip: z.string(),
  alertImportant: z.string(),
  alertWarning: z.string(),
  alertCaution: z.string(),
  playVideo: z.string(),
  shortLinksTitle: z.string(),
  /** `{id}` is replaced by the short link's id. */
  shortLinkUnknown: z.string().includes('{id}'),
  shortLinkNoScript: z.string(),
  redirecting: z.string(),
  searchLabel: z.string(),
  searchButton: z.string(),
  searchTitle: z.string(),
  /** `{q}` is replaced by the reader's query. */
  searchNoResults: z.string().includes('{q}'),
  searchResultsFor: z.string().includes('{q}'),
  searchSourceResults: z.string(),
  searchNeedsScript: z.string(),
  /** `{language}`: the reader's language; `{source}`: the source's, both by name. */
  fallbackNotice: z.string().includes('{language}').includes('{source}'),
  machineTranslated: z.string(),
  readOriginal: z.string(),
  alwaysOriginal: z.string(),
  showingOriginals: z.string(),
  showTranslations: z.string(),
  /** `{date}`: when the source changed, formatted for the locale. */
  outdatedNotice: z.string().includes('{date}'),
  languagePicker: z.string(),
});
export type UiStrings = z.infer<typeof uiStringsSchema>;
export type UiKey = keyof UiStrings;

const partialSchema = uiStringsSchema.partial();

/** Keyed by the lowercase tag the file is named after: `en`, `nl`, `pt-br`. */
const tables: Record<string, z.infer<typeof partialSchema>> = {
  en: uiStringsSchema.parse(en),
  nl: partialSchema.parse(nl),
  de: partialSchema.parse(de),
  ja: partialSchema.parse(ja),
  ar: partialSchema.parse(ar),
};

export function t(localeFolder: string, key: UiKey): string {
  for (const tag of fallbackChain(localeFolder)) {
    const value = tables[tag]?.[key];
    if (value !== undefined) return value;
  }
  // Unreachable: the English table is validated complete.
  return key;
}

/** Changes when any string changes: rendered HTML that embeds labels is cached under it. */
export const uiStringsFingerprint = JSON.stringify(tables);

/** Keys a locale takes from English because nothing closer has them. */
export function missingStrings(localeFolder: string): UiKey[] {
  if (localeFolder.split('-')[0] === 'en') return [];
  const chain = fallbackChain(localeFolder).filter((tag) => tag !== 'en');
  return (Object.keys(uiStringsSchema.shape) as UiKey[]).filter((key) => chain.every((tag) => tables[tag]?.[key] === undefined));
}
