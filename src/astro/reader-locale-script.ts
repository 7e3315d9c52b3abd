/**
 * The reader's locale on `/`, the 404 page and the short-link page, all from one negotiator
 * (src/scripts/negotiate-locale.ts). Each page puts `readerLocaleScript()` in an inline script, which defines
 * `helpLocale(site, asks)`, and passes it `negotiationSite(…)` with `define:vars`.
 *
 * The code travels as the source text of the very functions the unit tests run: inline, because `/` must
 * redirect before anything else loads, and an inline script cannot import.
 */
import { minifySync } from 'vite';
import { lcidsOf, writtenVariant } from '../pipeline/locales.ts';
import { negotiateLocale, readerLocale, type NegotiationSite } from '../scripts/negotiate-locale.ts';
import { LOCALE_KEY } from '../scripts/reader-prefs-keys.ts';

/** What the pages tell the negotiator about the site; LCIDs only where `clcid=` is read (short links). */
export function negotiationSite(folders: readonly string[], source: string, options: { lcids?: boolean } = {}): NegotiationSite {
  const site: NegotiationSite = { locales: [...folders], source, key: LOCALE_KEY };
  if (options.lcids) {
    const lcids: Record<string, string> = {};
    for (const folder of folders) for (const code of lcidsOf(folder)) lcids[String(code)] = folder;
    site.lcids = lcids;
  }
  return site;
}

let script: string | undefined;

/**
 * `var helpLocale = function (site, asks) {…}`, returning the locale folder to show (null for a site without
 * locales). Minified: every reader of `/` loads it before being sent on, so it is about 1.8 KB instead of 3.2.
 */
export function readerLocaleScript(): string {
  if (script !== undefined) return script;
  const source = `var helpLocale=function(site,asks){return(${readerLocale})(site,asks,${negotiateLocale},${writtenVariant})};`;
  const { code, errors } = minifySync('reader-locale.js', source, { compress: true, mangle: { toplevel: false } });
  if (errors.length > 0) throw new Error(`the locale negotiator does not minify: ${errors.map((e) => e.message).join('; ')}`);
  // The text goes inside <script>: nothing in it may end the element or start a comment there.
  if (/<\/script|<!--/i.test(code)) throw new Error('the locale negotiator contains "</script" or "<!--"; reword it');
  script = code;
  return script;
}
