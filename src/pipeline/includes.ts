/**
 * docfx includes, the pipeline's side: which partials an article pulls in, found before rendering so that
 * they travel to the render worker with the article's job and their hashes go into its cache key.
 *
 *   in nl-nl/a.md:      [!INCLUDE [title](includes/part.md)]    → nl-nl/includes/part.md, else en-us/includes/part.md
 *   in nl-nl/sub/b.md:  [!include[x](../includes/part.md)]      → the same partial
 *   in that partial:    [!INCLUDE [y](other.md)]                → nl-nl/includes/other.md, else en-us/includes/other.md
 *
 * A path is read relative to the file that holds the include, at its place in the article's locale (the
 * "logical" path), and the partial is looked up there first, then at the same path in the source locale.
 * The rules (resolveIncludePath) are shared with the renderer, which decides what is really an include
 * (not one inside code) and reports every problem at the include's line.
 *
 * The scan here is deliberately generous and cheap (a regex, no Markdown parsing): shipping a partial the
 * renderer then does not use costs a few bytes; every partial the renderer does use must be shipped.
 * Does not: report anything (the renderer knows where an include really is), or read files (prepare has
 * already read every file to hash it).
 */
import { posix } from 'node:path';
import { decodeString } from 'micromark-util-decode-string';
import type { ManifestEntry } from './article-schema.ts';
import { didYouMean } from './did-you-mean.ts';
import { decodeUtf8 } from './utf8.ts';

/** Includes inside includes inside…: docfx sites nest two or three deep; a chain longer than this is a mistake. */
export const MAX_INCLUDE_DEPTH = 10;

/**
 * Partials included into one article, counting each time one is included: docfx articles include a few,
 * rarely dozens. Small partials that include each other several times over (8 includes, 8 deep: 16
 * million copies) are stopped here, long before the size limit would stop them.
 */
export const MAX_INCLUSIONS = 500;

/** What travels to the renderer for each partial an article may include. */
export interface JobPartial {
  /** Lowercased logical path: where the include points, in the article's locale. */
  key: string;
  /** The partial's real content path (the article's locale, or the source locale's fallback). */
  path: string;
  text: string;
  /** The file is not UTF-8: the renderer reports it at the include. */
  notUtf8?: true;
}

export type IncludePath = { ok: true; logical: string } | { ok: false; reason: string; fix: string };

/**
 * Where an include's path points, or why it may not be included. `from` is the logical path of the file
 * that holds the include (`nl-nl/sub/b.md`, `nl-nl/includes/part.md`).
 */
export function resolveIncludePath(target: string, from: string): IncludePath {
  const locale = from.split('/')[0] ?? '';
  let path = target;
  try {
    path = decodeURIComponent(target);
  } catch {
    // keep it as written: a stray % is part of the name
  }
  path = path.replace(/\\/g, '/');
  if (path.trim() === '') return { ok: false, reason: 'has no path', fix: 'write the path of a partial: [!INCLUDE [title](includes/name.md)]' };
  if (/\p{Cc}/u.test(path)) return { ok: false, reason: 'contains control characters', fix: 'retype the path' };
  if (/^[a-z][a-z0-9+.-]*:/i.test(path) || path.startsWith('//')) {
    return { ok: false, reason: 'is a URL: only partials of this content folder can be included', fix: 'copy the text into a partial under includes/ and include that, or link to the page' };
  }
  if (path.startsWith('/') || path.startsWith('~')) {
    return { ok: false, reason: 'is an absolute path', fix: 'write the path relative to this file, for example includes/name.md' };
  }
  const logical = posix.normalize(posix.join(posix.dirname(from), path));
  if (logical.startsWith('../') || logical === '..' || logical.split('/')[0] !== locale) {
    return { ok: false, reason: `leaves the locale folder "${locale}"`, fix: `include a partial of ${locale} by a relative path; where ${locale} has none, the source locale's partial at the same path is used by itself` };
  }
  const segments = logical.split('/');
  if (!segments.slice(1, -1).some((s) => s.toLowerCase() === 'includes') || !/\.md$/i.test(logical)) {
    return { ok: false, reason: 'is not a partial (a .md file in an includes/ folder)', fix: 'move the shared text into a partial under includes/, or link to the article instead of including it' };
  }
  return { ok: true, logical };
}

/** Where a logical path's partial may be: the article's locale, then the source locale. */
export function partialCandidates(logical: string, sourceLocale: string): string[] {
  const [locale, ...rest] = logical.split('/');
  return locale === sourceLocale ? [logical] : [logical, [sourceLocale, ...rest].join('/')];
}

/**
 * `[!INCLUDE [title](path)]` in any case, spaces optional; the title (300 characters at most) may hold
 * brackets but not `](`. A path
 * ends where Markdown ends a link destination: at an ASCII space or control character (not at U+00A0).
 */
const INCLUDE = /\[!include\s*\[[\s\S]{0,300}?\]\s*\(\s*(?:<([^<>\n]*)>|([^\u0000-\u0020()]*))/gi;

/** Every path written in an include in this text, decoded as the Markdown parser decodes a link destination. */
export function scanIncludeTargets(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(INCLUDE)) found.push(decodeString(match[1] ?? match[2] ?? ''));
  return found;
}

/** A quick look at the bytes, so most articles (no include) are never decoded to be scanned. */
export function mayInclude(bytes: Uint8Array): boolean {
  for (let at = bytes.indexOf(0x5b); at !== -1; at = bytes.indexOf(0x5b, at + 1)) {
    if (bytes[at + 1] !== 0x21) continue;
    let word = '';
    for (let i = 2; i < 9; i++) word += String.fromCharCode(bytes[at + i] ?? 0);
    if (word.toLowerCase() === 'include') return true;
  }
  return false;
}

export interface PartialFile {
  /** Real content path. */
  path: string;
  hash: string;
  bytes: Uint8Array;
}

export interface ArticleIncludes {
  partials: JobPartial[];
  /** Goes into the article's cache key: each partial with the file it came from and its hash. */
  key: string;
  /** For include paths that lead to no partial: the closest existing one, by lowercased logical path. */
  near: [string, string][];
}

/**
 * Finds, per article, every partial it may include (includes of includes too), each partial scanned once
 * per build however many articles include it.
 */
export function createPartialIndex(files: Iterable<PartialFile>, sourceLocale: string) {
  const byPath = new Map<string, PartialFile>();
  const byLocale = new Map<string, string[]>();
  for (const file of files) {
    byPath.set(file.path.toLowerCase(), file);
    const locale = file.path.split('/')[0] ?? '';
    const list = byLocale.get(locale) ?? [];
    list.push(file.path);
    byLocale.set(locale, list);
  }
  const decoded = new Map<string, { text: string; ok: boolean }>();
  const targetsOf = new Map<string, string[]>();

  const find = (key: string) => {
    for (const candidate of partialCandidates(key, sourceLocale)) {
      const file = byPath.get(candidate.toLowerCase());
      if (file) return file;
    }
    return undefined;
  };
  const read = (file: PartialFile) => {
    let entry = decoded.get(file.path);
    if (!entry) {
      const result = decodeUtf8(file.bytes);
      entry = result.ok ? { text: result.text.replace(/^\uFEFF/, ''), ok: true } : { text: '', ok: false };
      decoded.set(file.path, entry);
    }
    return entry;
  };
  /** A misspelt name: the partial in the same folder (of this locale or the source's) whose name is closest. */
  const nearest = (key: string) => {
    const byName = new Map<string, string>();
    for (const candidate of partialCandidates(key, sourceLocale)) {
      const folder = posix.dirname(candidate);
      const locale = candidate.split('/')[0] ?? '';
      for (const path of byLocale.get(locale) ?? []) if (posix.dirname(path).toLowerCase() === folder && !byName.has(posix.basename(path))) byName.set(posix.basename(path), path);
    }
    const name = didYouMean(posix.basename(key), byName.keys());
    return name === undefined ? undefined : byName.get(name);
  };
  const keysIn = (text: string, from: string) =>
    scanIncludeTargets(text).flatMap((target) => {
      const resolved = resolveIncludePath(target, from);
      return resolved.ok ? [resolved.logical.toLowerCase()] : [];
    });

  return {
    forArticle(path: string, text: string): ArticleIncludes {
      const partials: JobPartial[] = [];
      const near: [string, string][] = [];
      const hashes: string[] = [];
      const seen = new Set<string>();
      const queue = keysIn(text, path);
      for (let next = 0; next < queue.length; next++) {
        const key = queue[next]!;
        if (seen.has(key)) continue;
        seen.add(key);
        const file = find(key);
        if (!file) {
          const suggestion = nearest(key);
          if (suggestion) near.push([key, suggestion]);
          continue;
        }
        const { text: partialText, ok } = read(file);
        partials.push(ok ? { key, path: file.path, text: partialText } : { key, path: file.path, text: '', notUtf8: true });
        hashes.push(`${key}=${file.path}@${file.hash}`);
        let targets = targetsOf.get(key);
        if (!targets) {
          targets = ok ? keysIn(partialText, key) : [];
          targetsOf.set(key, targets);
        }
        for (const target of targets) queue.push(target);
      }
      return { partials, key: hashes.sort().join(','), near };
    },
  };
}

/** What a render job carries of an article's includes (nothing for the many articles without any). */
export function jobIncludes(includes: ArticleIncludes | undefined): { partials?: JobPartial[]; near?: [string, string][] } {
  if (!includes) return {};
  return { ...(includes.partials.length ? { partials: includes.partials } : {}), ...(includes.near.length ? { near: includes.near } : {}) };
}

/** Each partial's manifest entry lists the articles that (may) include it: where an edit to it shows. */
export function recordIncluders(manifest: Map<string, ManifestEntry>, articles: { file: { path: string } }[], includes: (ArticleIncludes | undefined)[]): void {
  articles.forEach((article, i) => {
    for (const partial of includes[i]?.partials ?? []) {
      const entry = manifest.get(partial.path);
      if (entry) (entry.includedBy ??= []).push(article.file.path);
    }
  });
}
