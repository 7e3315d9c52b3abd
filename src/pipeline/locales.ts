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
  const unknown = unknownSubtag(tag);
  if (unknown) return { ok: false, reason: `"${folder}" is not a locale readers have (${unknown})`, fix: 'name the folder with a real language, and region if any, such as "nl-nl", "pt-br" or "sr-latn-rs"' };
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

/** Codes that are well-formed but name no language a reader has (`und`, `zxx`), so no valid hreflang. */
const NOT_A_LANGUAGE = new Set(['und', 'zxx', 'mul', 'mis']);
const languageNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
const scriptNames = new Intl.DisplayNames(['en'], { type: 'script', fallback: 'none' });

/**
 * Which subtag of a well-formed tag is unknown (`xx-zz` → "no language xx"), from the CLDR names Node
 * ships: a folder such as `xx-zz` or `und` would otherwise be published with an invalid hreflang.
 */
function unknownSubtag(tag: string): string | undefined {
  const [language = tag] = tag.split('-');
  const locale = new Intl.Locale(tag);
  if (NOT_A_LANGUAGE.has(language) || !named(languageNames, language)) return `there is no language "${language}"`;
  if (locale.script !== undefined && (locale.script === 'Zzzz' || !named(scriptNames, locale.script))) return `there is no script "${locale.script}"`;
  if (locale.region !== undefined && (locale.region === 'ZZ' || !named(regionNames, locale.region))) return `there is no region "${locale.region}"`;
  return undefined;
}

/** DisplayNames throws on some special codes (`und`) and answers undefined for unknown ones. */
function named(names: Intl.DisplayNames, code: string): boolean {
  try {
    return names.of(code) !== undefined;
  } catch {
    return false;
  }
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

/**
 * The written standard a locale or a reader's tag writes, for languages whose bare tag names no single one:
 * no strings file is named by the bare tag, and no chain passes through it. Each tag goes to the variant it
 * writes, from CLDR's likely subtags (`Intl.Locale#maximize`):
 * - Chinese: the script decides, not the region. zh-TW, zh-HK, zh-MO write Traditional (`zh-hant`); zh-CN,
 *   zh-SG and bare zh write Simplified (`zh-hans`). A `zh.json` would hand Simplified Chinese to Taiwan.
 * - Serbian: sr-Latn-RS, the locale Microsoft publishes, is Latin (`sr-latn`); bare sr and sr-RS are Cyrillic.
 * - Portuguese: Brazil's spelling, vocabulary and form of address differ from Portugal's (`pt-br`, `pt-pt`);
 *   the Portuguese of Africa and Asia follows Portugal's (CLDR's parent locales: pt-AO → pt-PT); bare pt is
 *   Brazilian.
 * - Norwegian: `no` is written as Bokmål (`nb`), as Microsoft publishes it (nb-NO).
 * Any other language is its own variant: `nl-BE` → `nl`.
 *
 * Self-contained on purpose (the table is inside, no imports): readers' browsers run this very function
 * through its source text, to match their languages to the site's locales (src/scripts/negotiate-locale.ts).
 */
export function writtenVariant(tag: string): string {
  type Likely = { script?: string | undefined; region?: string | undefined };
  const WRITTEN_VARIANTS: Record<string, (likely: Likely) => string> = {
    zh: (likely) => (likely.script === 'Hant' ? 'zh-hant' : 'zh-hans'),
    sr: (likely) => (likely.script === 'Latn' ? 'sr-latn' : 'sr-cyrl'),
    pt: (likely) => (likely.region === 'BR' ? 'pt-br' : 'pt-pt'),
    no: () => 'nb',
  };
  const language = tag.toLowerCase().split('-')[0] ?? '';
  // An own key only: `constructor` names no variant.
  const variant = Object.prototype.hasOwnProperty.call(WRITTEN_VARIANTS, language) ? WRITTEN_VARIANTS[language] : undefined;
  if (!variant) return language;
  let likely: Likely = {};
  try {
    likely = new Intl.Locale(tag).maximize();
  } catch {
    // Not a tag Intl can read: the language's default variant.
  }
  return variant(likely);
}

/**
 * Where a locale's UI strings come from, most specific first; English ends every chain (it has every string).
 * `nl-be` → [`nl-be`, `nl`, `en`]; `zh-tw` → [`zh-tw`, `zh-hant`, `en`] (never `zh`, see writtenVariant);
 * `sr-latn-rs` → [`sr-latn-rs`, `sr-latn`, `en`]; `pt-ao` → [`pt-ao`, `pt-pt`, `en`].
 *
 * So the regions of any other language share its file (nl-nl and nl-be read `nl.json`, de-de and de-at
 * `de.json`, es-es and es-mx `es.json`): the words around an article are the same there. A region whose
 * words differ gets a file of its own (`fr-ca.json`), which its chain finds before the language's.
 */
export function fallbackChain(folder: string): string[] {
  const parts = folder.toLowerCase().split('-');
  const chain: string[] = [];
  for (let i = parts.length; i > 1; i--) chain.push(parts.slice(0, i).join('-'));
  chain.push(writtenVariant(folder));
  chain.push('en');
  return [...new Set(chain)];
}

/** `ms.contentlocale` and folder name name the same locale when they match case-insensitively. */
export function sameLocale(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/**
 * Windows LCIDs, as old short links carry them (`?clcid=0x413`), to locale folders. Only the languages
 * Microsoft help is published in; an unknown code simply picks no locale.
 */
const LCIDS: Record<number, string> = {
  0x401: 'ar-sa', 0x402: 'bg-bg', 0x404: 'zh-tw', 0x405: 'cs-cz', 0x406: 'da-dk', 0x407: 'de-de', 0x408: 'el-gr',
  0x409: 'en-us', 0x40a: 'es-es', 0x40b: 'fi-fi', 0x40c: 'fr-fr', 0x40d: 'he-il', 0x40e: 'hu-hu', 0x410: 'it-it',
  0x411: 'ja-jp', 0x412: 'ko-kr', 0x413: 'nl-nl', 0x414: 'nb-no', 0x415: 'pl-pl', 0x416: 'pt-br', 0x418: 'ro-ro',
  0x419: 'ru-ru', 0x41a: 'hr-hr', 0x41b: 'sk-sk', 0x41d: 'sv-se', 0x41e: 'th-th', 0x41f: 'tr-tr', 0x421: 'id-id',
  0x422: 'uk-ua', 0x424: 'sl-si', 0x425: 'et-ee', 0x426: 'lv-lv', 0x427: 'lt-lt', 0x42a: 'vi-vn', 0x43e: 'ms-my',
  0x804: 'zh-cn', 0x807: 'de-ch', 0x809: 'en-gb', 0x80c: 'fr-be', 0x813: 'nl-be', 0x816: 'pt-pt', 0xc07: 'de-at',
  0xc0a: 'es-es', 0xc0c: 'fr-ca', 0x241a: 'sr-latn-rs',
};

/**
 * Every LCID that names `folder`, for host rules that match the query string and for the short-link page,
 * whose browser code reads `clcid=` (src/scripts/negotiate-locale.ts).
 */
export function lcidsOf(folder: string): number[] {
  return Object.entries(LCIDS).filter(([, f]) => f === folder).map(([code]) => Number(code));
}

/** A language's name in another language, for running text: `languageName('en', 'nl-NL')` → `Engels`. */
export function languageName(language: string, inTag: string): string {
  try {
    return new Intl.DisplayNames([inTag], { type: 'language' }).of(language) ?? language;
  } catch {
    return language;
  }
}
