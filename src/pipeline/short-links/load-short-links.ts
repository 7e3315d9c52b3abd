/**
 * Reads `fwlinks.yml` and `redirects.yml` from the content folder and checks them against the site:
 * every destination must be a registered kind (site path or https URL), every site page and anchor must
 * exist, and redirects may not loop, chain, shadow a page or point nowhere. Each problem names the file,
 * the line and the value, with a fix.
 *
 * Two steps, because rendering needs the set of registered ids (to rewrite links) while the anchor check
 * needs the rendered articles: `readShortLinkFiles` before rendering, `resolveShortLinks` after.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic } from '../diagnostics.ts';
import { didYouMean } from '../did-you-mean.ts';
import { messages } from '../messages.ts';
import { readYamlList, type YamlItem } from './read-yaml-list.ts';
import { redirectSchema, shortLinkSchema, type Redirect, type ResolvedRedirect, type ResolvedShortLink, type ShortLink } from './schema.ts';

export const SHORT_LINKS_FILE = 'fwlinks.yml';
export const REDIRECTS_FILE = 'redirects.yml';

interface Located<T> {
  value: T;
  item: YamlItem;
}

export interface ShortLinkFiles {
  shortLinks: Located<ShortLink>[];
  redirects: Located<Redirect>[];
  /** Registered ids, for rewriting links in content. */
  ids: Set<string>;
  diagnostics: Diagnostic[];
}

export function readShortLinkFiles(contentDir: string, show: (path: string) => string): ShortLinkFiles {
  const diagnostics: Diagnostic[] = [];
  const shortLinks = readList(contentDir, SHORT_LINKS_FILE, 'short-link', shortLinkSchema, show, diagnostics);
  const redirects = readList(contentDir, REDIRECTS_FILE, 'redirect', redirectSchema, show, diagnostics);

  const seen = new Map<string, number>();
  const unique = shortLinks.filter(({ value, item }) => {
    const first = seen.get(value.id);
    if (first === undefined) {
      seen.set(value.id, item.line);
      return true;
    }
    diagnostics.push(messages.duplicateShortLink({ file: show(SHORT_LINKS_FILE), line: item.keyLines['id'] ?? item.line }, value.id, first));
    return false;
  });
  return { shortLinks: unique, redirects, ids: new Set(unique.map((s) => s.value.id)), diagnostics };
}

function readList<T>(
  contentDir: string,
  name: string,
  area: string,
  schema: { safeParse(v: unknown): { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } } },
  show: (path: string) => string,
  diagnostics: Diagnostic[],
): Located<T>[] {
  const path = join(contentDir, name);
  if (!existsSync(path)) return [];
  const file = show(name);
  const parsed = readYamlList(readFileSync(path, 'utf8'));
  if (!parsed.ok) {
    diagnostics.push(messages.yamlSyntax({ file, line: parsed.line, column: parsed.column }, parsed.message, area));
    return [];
  }
  const out: Located<T>[] = [];
  for (const item of parsed.items) {
    const result = schema.safeParse(item.value);
    if (result.success) out.push({ value: result.data, item });
    else {
      for (const issue of result.error.issues) {
        const key = issue.path.map(String).join('.') || 'entry';
        const top = String(issue.path[0] ?? '');
        diagnostics.push(messages.badValue({ file, line: item.keyLines[top] ?? item.line }, key, valueAt(item.value, issue.path), issue.message, area));
      }
    }
  }
  return out;
}

function valueAt(value: unknown, path: PropertyKey[]): unknown {
  return path.reduce<unknown>((v, key) => (v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[key] : undefined), value);
}

export interface SitePages {
  locales: string[];
  sourceLocale: string;
  /** Every page URL (`/nl-nl/slug/`) with the ids on it; `null` when not rendered here (a shard build). */
  pages: Map<string, readonly string[] | null>;
  /** Old URLs of moved articles: valid hops while checking redirects, never suggested as a fix. */
  redirectSources?: ReadonlySet<string>;
}

export interface ResolvedShortLinks {
  shortLinks: ResolvedShortLink[];
  redirects: ResolvedRedirect[];
  diagnostics: Diagnostic[];
}

export function resolveShortLinks(files: ShortLinkFiles, site: SitePages, show: (path: string) => string): ResolvedShortLinks {
  const diagnostics: Diagnostic[] = [];
  const shortLinks: ResolvedShortLink[] = [];
  for (const { value, item } of files.shortLinks) {
    const at = (key: string) => ({ file: show(SHORT_LINKS_FILE), line: item.keyLines[key] ?? item.line });
    const targets: Record<string, string> = {};
    let ok = true;
    for (const locale of site.locales) {
      const override = value.locales?.[locale];
      const resolved = expand(override ?? value.target, locale, site);
      if (resolved.ok) targets[locale] = resolved.url;
    }
    // Check each written target once: the default and every per-locale override.
    for (const [key, target, locale] of [['target', value.target, site.sourceLocale] as const, ...Object.entries(value.locales ?? {}).map(([l, t]) => [`locales.${l}`, t, l] as const)]) {
      const problem = check(target, locale, site, 'short-link');
      if (problem) {
        ok = false;
        diagnostics.push(problem(at(key.split('.')[0]!), key));
      }
    }
    const fallback = expand(value.target, site.sourceLocale, site);
    if (ok && fallback.ok) shortLinks.push({ id: value.id, title: value.title, targets, defaultTarget: fallback.url });
  }

  const redirects = resolveRedirects(files.redirects, site, show, diagnostics);
  return { shortLinks, redirects, diagnostics };
}

type Expanded = { ok: true; url: string } | { ok: false; path: string; fragment: string | undefined; reason: 'page' | 'anchor' };

/** `/{locale}/slug/#a` for nl-nl → `/nl-nl/slug/#a`, or the source locale's page when nl-nl lacks it. */
function expand(target: string, locale: string, site: SitePages): Expanded {
  if (/^https:\/\//i.test(target)) return { ok: true, url: target };
  const [path = '', fragment] = target.split('#') as [string, string | undefined];
  const candidates = path.includes('{locale}') ? [path.replaceAll('{locale}', locale), path.replaceAll('{locale}', site.sourceLocale), ...site.locales.map((l) => path.replaceAll('{locale}', l))] : [path];
  const page = candidates.find((p) => site.pages.has(p));
  if (!page) return { ok: false, path: candidates[0] ?? path, fragment, reason: 'page' };
  const ids = site.pages.get(page);
  // A page another shard renders: its anchors are checked there, not here.
  if (fragment && ids !== null && !ids?.includes(fragment)) return { ok: false, path: page, fragment, reason: 'anchor' };
  return { ok: true, url: fragment ? `${page}#${fragment}` : page };
}

function check(target: string, locale: string, site: SitePages, area: string) {
  const result = expand(target, locale, site);
  if (result.ok) return undefined;
  if (result.reason === 'page') {
    const near = didYouMean(result.path, [...site.pages.keys()].filter((p) => !site.redirectSources?.has(p)));
    return (at: { file: string; line: number }, key: string) => messages.missingTargetPage(at, area, key, target, result.path, near);
  }
  const near = didYouMean(result.fragment ?? '', site.pages.get(result.path) ?? []);
  return (at: { file: string; line: number }, key: string) => messages.missingTargetAnchor(at, area, key, target, result.path, result.fragment ?? '', near);
}

function resolveRedirects(list: Located<Redirect>[], site: SitePages, show: (path: string) => string, diagnostics: Diagnostic[]): ResolvedRedirect[] {
  const file = show(REDIRECTS_FILE);
  const all: (ResolvedRedirect & { line: number })[] = [];
  // Old URLs count as destinations here, so that a redirect to another redirect is reported as the chain
  // (or loop) it is, not as a missing page.
  const sources = new Set<string>();
  for (const { value } of list) for (const l of value.from.includes('{locale}') ? site.locales : [value.from.split('/')[1] ?? '']) sources.add(value.from.replaceAll('{locale}', l));
  const withSources: SitePages = { ...site, pages: new Map<string, readonly string[] | null>([...site.pages, ...[...sources].map((p): [string, string[]] => [p, []])]), redirectSources: sources };
  for (const { value, item } of list) {
    const fromLocale = value.from.includes('{locale}') ? undefined : value.from.split('/')[1];
    const problem = check(value.to, fromLocale ?? site.sourceLocale, withSources, 'redirect');
    if (problem) {
      diagnostics.push(problem({ file, line: item.keyLines['to'] ?? item.line }, 'to'));
      continue;
    }
    const at = { file, line: item.keyLines['from'] ?? item.line };
    for (const locale of fromLocale ? [fromLocale] : site.locales) {
      const from = value.from.replaceAll('{locale}', locale);
      const to = expand(value.to, locale, withSources);
      if (site.pages.has(from)) diagnostics.push(messages.redirectShadowsPage(at, from));
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
