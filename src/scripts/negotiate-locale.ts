/**
 * Which of the site's locales a reader gets: one decision for `/`, the 404 page and the short-link page.
 *
 * The first of these that names a locale the site has wins:
 * 1. what the URL asks for: `locale=` of a short link, or the first path segment of a missing page (`/nl-nl/…`);
 * 2. `clcid=` of a short link, a Windows LCID (`0x413`, `1043`), through the locale table's codes;
 * 3. the reader's remembered choice (reader-prefs.ts);
 * 4. the browser's languages, in the reader's order (`navigator.languages`, sorted by their q-values);
 * 5. the source locale, else the first locale.
 *
 * A tag names the site's locale that matches it best, if any; from best to worst:
 * - the same tag: nl-BE → nl-be;
 * - the same tag once CLDR's likely subtags are added: en → en-us, pt → pt-br, zh → zh-cn, zh-TW → zh-tw,
 *   sr-Latn → sr-latn-rs;
 * - the same written variant (writtenVariant in locales.ts): nl-BE → nl-nl, zh-HK → zh-tw, pt-AO → pt-pt,
 *   no → nb-no;
 * - the same language in the same script: pt-BR → pt-pt;
 * - for a bare language only, any script: sr → sr-latn-rs.
 * A script the reader asked for, or that their region writes, is never swapped for another: zh-TW never gets
 * zh-cn, sr-Latn never sr-cyrl-rs. Ties go to the site's order. Each tag is tried in full before the next:
 * [nl-BE, en-US] gets nl-nl, not en-us. Anything that is not a tag (`../../x`, over 64 characters, not a
 * string) names nothing, and the answer is always one of the site's locales.
 *
 * Self-contained on purpose (no imports, nothing from this module's scope): pages run these very functions
 * from their source text (src/astro/reader-locale-script.ts), because an inline script cannot import and a
 * module script would cost `/` a request before it can redirect.
 */

/** What the build tells every page about the site. */
export interface NegotiationSite {
  /** The site's locale folders, in the order its pages list them. */
  locales: readonly string[];
  /** The source locale's folder. */
  source: string;
  /** A Windows LCID in decimal → its locale folder, for the site's locales (only where `clcid=` is read). */
  lcids?: Readonly<Record<string, string>> | undefined;
  /** The localStorage key of the reader's remembered choice. */
  key: string;
}

/** What the reader's request says. Everything here may be hostile, hence `unknown`. */
export interface ReaderAsks {
  /** `locale=` of a short link, or the first path segment of a missing page. */
  explicit?: unknown;
  /** `clcid=` of a short link. */
  lcid?: unknown;
}

export interface NegotiationInput extends ReaderAsks {
  locales: readonly string[];
  source: string;
  lcids?: Readonly<Record<string, string>> | undefined;
  /** The remembered choice, as stored. */
  remembered?: unknown;
  /** `navigator.languages`, most wanted first. */
  languages?: readonly unknown[] | undefined;
}

/**
 * The locale to show, or null when the site has none. `variantOf` is `writtenVariant` (locales.ts), passed
 * in because this function may not reach outside itself.
 */
export function negotiateLocale(input: NegotiationInput, variantOf: (tag: string) => string): string | null {
  interface Facts {
    tag: string;
    /** language-script-region once likely subtags are added; empty where Intl.Locale cannot say. */
    likely: string;
    variant: string;
    language: string;
    script: string;
    bare: boolean;
  }
  const describe = (value: unknown): Facts | null => {
    if (typeof value !== 'string' || value.length > 64) return null;
    const tag = value.trim().toLowerCase();
    if (!/^[a-z]{2,3}(?:-[a-z0-9]{1,8})*$/.test(tag)) return null;
    let canonical = tag;
    let likely = '';
    try {
      const locale = new Intl.Locale(tag);
      const max = locale.maximize();
      canonical = locale.baseName.toLowerCase(); // iw → he
      if (max.script && max.region) likely = `${max.language}-${max.script}-${max.region}`.toLowerCase();
    } catch {
      // No Intl.Locale, or a tag it rejects (en-a): judged by its written variant alone.
    }
    const variant = variantOf(canonical);
    return { tag, likely, variant, language: variant.split('-')[0] ?? '', script: likely.split('-')[1] ?? '', bare: !canonical.includes('-') };
  };
  const score = (want: Facts, have: Facts): number => {
    if (want.tag === have.tag) return 5;
    if (want.likely !== '' && want.likely === have.likely) return 4;
    if (want.variant === have.variant) return 3;
    if (want.language !== have.language) return 0;
    if (want.script !== '' && want.script === have.script) return 2;
    return want.bare ? 1 : 0;
  };
  const site: [string, Facts][] = [];
  for (const folder of input.locales) {
    const facts = describe(folder);
    if (facts) site.push([folder, facts]);
  }
  const best = (value: unknown): string | null => {
    const want = describe(value);
    let found: string | null = null;
    let top = 0;
    if (want) {
      for (const [folder, have] of site) {
        const s = score(want, have);
        if (s > top) [top, found] = [s, folder];
      }
    }
    return found;
  };
  const fromLcid = (value: unknown): string | null => {
    if (typeof value !== 'string' || value.length > 16) return null;
    const code = value.trim();
    const number = /^0x[0-9a-f]+$/i.test(code) ? parseInt(code.slice(2), 16) : /^[0-9]+$/.test(code) ? parseInt(code, 10) : NaN;
    const lcids = input.lcids ?? {};
    const folder = Object.prototype.hasOwnProperty.call(lcids, String(number)) ? lcids[String(number)] : undefined;
    return folder !== undefined && input.locales.includes(folder) ? folder : null;
  };
  const fromLanguages = (): string | null => {
    for (const language of Array.isArray(input.languages) ? input.languages : []) {
      const found = best(language);
      if (found !== null) return found;
    }
    return null;
  };
  return (
    best(input.explicit) ??
    fromLcid(input.lcid) ??
    best(input.remembered) ??
    fromLanguages() ??
    (input.locales.includes(input.source) ? input.source : (input.locales[0] ?? null))
  );
}

/**
 * In the reader's browser: the remembered choice and the browser's languages, with what the URL asks.
 * `negotiate` and `variantOf` are passed in for the reason given at the top of this file.
 */
export function readerLocale(site: NegotiationSite, asks: ReaderAsks, negotiate: typeof negotiateLocale, variantOf: (tag: string) => string): string | null {
  let remembered: string | null = null;
  try {
    remembered = localStorage.getItem(site.key);
  } catch {
    // Storage can be off (private mode): nothing is remembered.
  }
  const languages = navigator.languages?.length ? navigator.languages : [navigator.language];
  return negotiate({ ...site, ...asks, remembered, languages }, variantOf);
}
