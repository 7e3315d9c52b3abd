/**
 * Turns the entries of redirects.yml into one redirect per old URL and locale, refusing what a host could
 * not serve as written: an old URL in a locale the site does not have (no page, no host rule could be
 * made for it), one that would hide a page of the site (an article, a locale's home, search), the same old
 * URL twice (nginx refuses to start on a duplicate `location`), loops and chains.
 *
 * Old URLs are compared as servers match them, percent-escapes decoded: `/en-us/p%61y/` hides `/en-us/pay/`.
 */
import type { Diagnostic } from '../diagnostics.ts';
import { messages } from '../messages.ts';
import { sitePagePaths } from '../site-pages.ts';
import { check, expand, type SitePages } from './expand-target.ts';
import type { Redirect, ResolvedRedirect } from './schema.ts';
import { judgeSitePath } from './site-path.ts';
import type { YamlItem } from './read-yaml-list.ts';

interface Entry {
  value: Redirect;
  item: YamlItem;
  line: number;
  /** The locale of a one-locale redirect (`/nl-nl/old/`); undefined for `/{locale}/old/`. */
  locale: string | undefined;
  /** Locale → old URL, decoded. */
  froms: [string, string][];
}

export function resolveRedirects(list: { value: Redirect; item: YamlItem }[], site: SitePages, file: string, diagnostics: Diagnostic[]): ResolvedRedirect[] {
  const siteLocales = new Set(site.locales);
  const sitePages = new Set(site.locales.flatMap(sitePagePaths));
  const entries: Entry[] = [];
  for (const { value, item } of list) {
    const line = item.keyLines['from'] ?? item.line;
    const from = judgeSitePath(value.from, 'from');
    if (!from.ok || from.locale === undefined) continue; // the schema refused it already
    const every = from.locale === '{locale}';
    if (!every && !siteLocales.has(from.locale)) {
      diagnostics.push(messages.redirectUnknownLocale({ file, line }, value.from, from.locale, site.locales));
      continue;
    }
    const rest = from.path.slice(from.locale.length + 1);
    entries.push({ value, item, line, locale: every ? undefined : from.locale, froms: (every ? site.locales : [from.locale]).map((l) => [l, `/${l}${rest}`]) });
  }

  // Old URLs count as destinations here, so that a redirect to another redirect is reported as the chain
  // (or loop) it is, not as a missing page.
  const sources = new Set(entries.flatMap((e) => e.froms.map(([, from]) => from)));
  // An old URL that is also a page keeps the page's anchors: the redirect is refused below as hiding it.
  const oldOnly = [...sources].filter((p) => !site.pages.has(p));
  const withSources: SitePages = { ...site, pages: new Map<string, readonly string[] | null>([...site.pages, ...oldOnly.map((p): [string, string[]] => [p, []])]), redirectSources: sources };
  const firstEntry = new Map<string, Entry>();
  for (const e of entries) for (const [, from] of e.froms) if (!firstEntry.has(from)) firstEntry.set(from, e);

  const all: (ResolvedRedirect & { line: number })[] = [];
  for (const e of entries) {
    const problem = check(e.value.to, e.locale ?? site.sourceLocale, withSources, 'redirect');
    if (problem) {
      diagnostics.push(problem({ file, line: e.item.keyLines['to'] ?? e.item.line }, 'to'));
      continue;
    }
    const at = { file, line: e.line };
    for (const [locale, from] of e.froms) {
      const to = expand(e.value.to, locale, withSources);
      const first = firstEntry.get(from)!;
      if (sitePages.has(from)) diagnostics.push(messages.redirectShadowsSitePage(at, from));
      else if (site.pages.has(from)) diagnostics.push(messages.redirectShadowsPage(at, from));
      else if (first !== e) diagnostics.push(messages.redirectDuplicate(at, from, first.line));
      else if (to.ok && to.url.split('#')[0] === from) diagnostics.push(messages.redirectLoop(at, from, [from, from]));
      else if (to.ok) all.push({ from, to: to.url, line: at.line });
    }
  }
  // A redirect to another redirect: a chain (one more hop for every reader) or, if it comes back, a loop.
  const byFrom = new Map(all.map((r) => [r.from, r]));
  const bad = new Set<ResolvedRedirect>();
  for (const r of all) {
    const next = byFrom.get(r.to.split('#')[0] ?? '');
    if (!next) continue;
    const path = [r.from];
    let hop: (typeof all)[number] | undefined = next;
    while (hop && !path.includes(hop.from)) {
      path.push(hop.from);
      hop = byFrom.get(hop.to.split('#')[0] ?? '');
    }
    if (hop) diagnostics.push(messages.redirectLoop({ file, line: r.line }, r.from, [...path, hop.from]));
    else diagnostics.push(messages.redirectChain({ file, line: r.line }, r.from, next.from, path.length > 1 ? (byFrom.get(path[path.length - 1]!)?.to ?? next.to) : next.to));
    bad.add(r);
  }
  return all.filter((r) => !bad.has(r)).map(({ from, to }) => ({ from, to }));
}
