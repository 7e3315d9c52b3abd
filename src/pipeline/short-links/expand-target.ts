/**
 * Where a registry destination lands for one locale, and what is wrong when it lands nowhere:
 *
 *   "/{locale}/slug/#a" for nl-nl → "/nl-nl/slug/#a", or "/en-us/slug/#a" when nl-nl lacks the article
 *   "/nl-nl/caf%C3%A9/"           → "/nl-nl/café/" (pages are known by their decoded URL)
 *   "https://example.com/x"       → itself
 */
import { didYouMean } from '../did-you-mean.ts';
import { messages } from '../messages.ts';
import { judgeTarget } from './target.ts';

export interface SitePages {
  locales: string[];
  sourceLocale: string;
  /** Every page URL (`/nl-nl/slug/`) with the ids on it; `null` when not rendered here (a shard build). */
  pages: Map<string, readonly string[] | null>;
  /** Old URLs of moved articles: valid hops while checking redirects, never suggested as a fix. */
  redirectSources?: ReadonlySet<string>;
}

type Expanded = { ok: true; url: string } | { ok: false; path: string; fragment: string | undefined; reason: 'page' | 'anchor' };

export function expand(target: string, locale: string, site: SitePages): Expanded {
  const parsed = judgeTarget(target);
  // The schema refused it already; a caller that skipped the schema still gets no destination.
  if (!parsed.ok) return { ok: false, path: target, fragment: undefined, reason: 'page' };
  if (parsed.kind === 'https') return { ok: true, url: parsed.url };
  const { path, fragment } = parsed;
  const rest = path.slice('/{locale}'.length);
  const candidates = parsed.locale === '{locale}' ? [locale, site.sourceLocale, ...site.locales].map((l) => `/${l}${rest}`) : [path];
  const page = candidates.find((p) => site.pages.has(p));
  if (!page) return { ok: false, path: candidates[0] ?? path, fragment, reason: 'page' };
  const ids = site.pages.get(page);
  // A page another shard renders: its anchors are checked there, not here.
  if (fragment && ids !== null && !ids?.includes(fragment)) return { ok: false, path: page, fragment, reason: 'anchor' };
  return { ok: true, url: fragment ? `${page}#${fragment}` : page };
}

/** The diagnostic for a destination that lands nowhere, to be placed at the key's line; undefined when it lands. */
export function check(target: string, locale: string, site: SitePages, area: string) {
  const result = expand(target, locale, site);
  if (result.ok) return undefined;
  if (result.reason === 'page') {
    const near = didYouMean(result.path, [...site.pages.keys()].filter((p) => !site.redirectSources?.has(p)));
    return (at: { file: string; line: number }, key: string) => messages.missingTargetPage(at, area, key, target, result.path, near);
  }
  const near = didYouMean(result.fragment ?? '', site.pages.get(result.path) ?? []);
  return (at: { file: string; line: number }, key: string) => messages.missingTargetAnchor(at, area, key, target, result.path, result.fragment ?? '', near);
}
