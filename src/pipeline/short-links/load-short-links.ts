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
import { messages } from '../messages.ts';
import { decodeUtf8 } from '../utf8.ts';
import { check, expand, type SitePages } from './expand-target.ts';
import { MAX_ALIAS_COUNT, readYamlList, type YamlItem } from './read-yaml-list.ts';
import { resolveRedirects } from './resolve-redirects.ts';
import { redirectSchema, shortLinkSchema, type Redirect, type ResolvedRedirect, type ResolvedShortLink, type ShortLink } from './schema.ts';

export type { SitePages } from './expand-target.ts';

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
  // Strict UTF-8, as for articles: a Latin-1 file is an error at its first bad byte, never text with U+FFFD
  // in it; a UTF-8 byte order mark is dropped (editors on Windows write one).
  const text = decodeUtf8(readFileSync(path));
  if (!text.ok) {
    diagnostics.push(messages.notUtf8({ file, line: text.line, column: text.column }, text.byte));
    return [];
  }
  const parsed = readYamlList(text.text);
  if (!parsed.ok) {
    const at = { file, line: parsed.line, column: parsed.column };
    diagnostics.push(parsed.kind === 'aliases' ? messages.yamlAliases({ file, line: parsed.line }, MAX_ALIAS_COUNT, area) : messages.yamlSyntax(at, parsed.message, area));
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
      // An override for a locale the site does not have reaches no reader: say so rather than drop it.
      if (!site.locales.includes(locale)) {
        diagnostics.push(messages.shortLinkUnknownLocale(at('locales'), key, locale));
        continue;
      }
      const problem = check(target, locale, site, 'short-link');
      if (problem) {
        ok = false;
        diagnostics.push(problem(at(key.split('.')[0]!), key));
      }
    }
    const fallback = expand(value.target, site.sourceLocale, site);
    if (ok && fallback.ok) shortLinks.push({ id: value.id, title: value.title, targets, defaultTarget: fallback.url });
  }

  const redirects = resolveRedirects(files.redirects, site, show(REDIRECTS_FILE), diagnostics);
  return { shortLinks, redirects, diagnostics };
}
