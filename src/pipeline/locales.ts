/**
 * The one table of locale facts. Everything locale-dependent (routes, `<html lang dir>`, search indexes,
 * translation status, UI string fallback) derives from `describeLocale`, never from a second list.
 *
 * Pure TypeScript, no Astro imports: the site, scripts and tests share it.
 */
import { z } from 'zod';

/** Languages written right to left. Intl has no portable direction API on every Node we run on. */
const RTL_LANGUAGES = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'yi', 'dv', 'ug', 'sd', 'ckb']);

/** A locale folder is a lowercase BCP 47 tag: `en-us`, `nl-nl`, `sr-latn-rs`. */
const FOLDER_PATTERN = /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/;

export const localeInfoSchema = z.object({
  /** Folder name and URL segment: `sr-latn-rs`. */
  folder: z.string(),
  /** Canonical BCP 47 tag, as `ms.contentlocale` and `<html lang>` carry it: `sr-Latn-RS`. */
  tag: z.string(),
  /** Primary language subtag: `sr`. */
  language: z.string(),
  dir: z.enum(['ltr', 'rtl']),
  /** The locale's name in its own language: `Nederlands (Nederland)`. */
  nativeName: z.string(),
  /** Where UI strings come from when this locale lacks one: `nl-be` → `nl` → `en`. */
  fallbackChain: z.array(z.string()),
});
export type LocaleInfo = z.infer<typeof localeInfoSchema>;

export type LocaleResult = { ok: true; locale: LocaleInfo } | { ok: false; reason: string; fix: string };

const cache = new Map<string, LocaleResult>();

/** Describes a locale folder name, or says why it is not one. Results are cached: pages call this often. */
export function describeLocale(folder: string): LocaleResult {
  let result = cache.get(folder);
  if (!result) {
    result = computeLocale(folder);
    cache.set(folder, result);
  }
  return result;
}

function computeLocale(folder: string): LocaleResult {
  if (!FOLDER_PATTERN.test(folder)) {
    const lower = folder.toLowerCase().replace(/_/g, '-');
    const fix = FOLDER_PATTERN.test(lower) && lower !== folder
      ? `rename the folder to "${lower}"`
      : 'name the folder with a lowercase BCP 47 tag such as "en-us", "nl-nl" or "sr-latn-rs"';
    return { ok: false, reason: `"${folder}" is not a lowercase BCP 47 locale tag`, fix };
  }
  let tag: string;
  try {
    [tag = folder] = Intl.getCanonicalLocales(folder);
  } catch {
    return { ok: false, reason: `"${folder}" is not a valid BCP 47 locale tag`, fix: 'use a tag such as "en-us" or "nl-nl"' };
  }
  const language = tag.split('-')[0] ?? tag;
  return {
    ok: true,
    locale: {
      folder,
      tag,
      language,
      dir: RTL_LANGUAGES.has(language) ? 'rtl' : 'ltr',
      nativeName: nativeName(tag),
      fallbackChain: fallbackChain(folder),
    },
  };
}

function nativeName(tag: string): string {
  try {
    const name = new Intl.DisplayNames([tag], { type: 'language', languageDisplay: 'standard' }).of(tag);
    if (!name || name === tag) return tag;
    // "nederlands (Nederland)" → "Nederlands (Nederland)": a name in a menu starts with a capital.
    return name.charAt(0).toLocaleUpperCase(tag) + name.slice(1);
  } catch {
    return tag;
  }
}

/** `sr-latn-rs` → [`sr-latn-rs`, `sr-latn`, `sr`, `en`]. English ends every chain: it has every UI string. */
export function fallbackChain(folder: string): string[] {
  const parts = folder.toLowerCase().split('-');
  const chain: string[] = [];
  for (let i = parts.length; i > 0; i--) chain.push(parts.slice(0, i).join('-'));
  if (!chain.includes('en')) chain.push('en');
  return chain;
}

/** `ms.contentlocale` and folder name name the same locale when they match case-insensitively. */
export function sameLocale(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}
