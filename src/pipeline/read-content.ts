/**
 * Step one of loading: every file of the content folder listed (content-tree.ts), read once, hashed and
 * given its manifest entry, then sorted by kind:
 *
 *   nl-nl/a.md                → an article (read-article-file.ts)
 *   nl-nl/media/card.png      → a picture publish-policy.ts allows, published where an article shows it
 *   nl-nl/evil.html           → an asset that is never published, with the reason
 *   nl-nl/includes/part.md    → a partial, kept for the articles that include it (includes.ts)
 *   robots.txt, _astro/x.js   → a file at a path the site writes: refused
 *   xx-yy/a.md                → a folder that is not a locale: reported once per folder
 *
 * Does not: look at two files together (article-slugs.ts does, once every article is read).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ManifestEntry } from './article-schema.ts';
import { NOT_AN_ARTICLE, PUBLISHED_WHERE_SHOWN, reject, type ContentRecord } from './content-record.ts';
import { listContent, type ContentFile } from './content-tree.ts';
import type { Diagnostic } from './diagnostics.ts';
import { gitBlobHash } from './git-blob-hash.ts';
import type { PartialFile } from './includes.ts';
import type { KnownFile, LoadOptions, RenderCache } from './loaded-content.ts';
import { describeLocale, type LocaleInfo } from './locales.ts';
import { messages } from './messages.ts';
import { judgeAsset, siteFileAt } from './publish-policy.ts';
import { readArticleFile, readKey, type ArticleFile } from './read-article-file.ts';
import type { WalkProblem } from './walk-files.ts';

export interface ContentRead {
  /** The locale folders that hold articles. */
  locales: Map<string, LocaleInfo>;
  /** Articles read and typed, in content order; not yet checked against each other. */
  articles: ArticleFile[];
  /** Assets that may be published (publish-policy.ts), if an article shows them. */
  pictures: string[];
  partials: PartialFile[];
}

/** `displayRoot` is the content folder as messages show it. */
export function readContent(contentDir: string, displayRoot: string, record: ContentRecord, cache: RenderCache | undefined, known?: LoadOptions['known']): ContentRead {
  const { show, diagnostics, manifest } = record;
  const read: ContentRead = { locales: new Map(), articles: [], pictures: [], partials: [] };
  const badFolders = new Map<string, string[]>();

  const listing = listContent(contentDir);
  for (const problem of listing.problems) diagnostics.push(treeProblem(problem, show));
  for (const file of listing.files) {
    // `astro dev`: an article unchanged since the last load, whose front matter the cache has, is not read.
    // One reached through a link always is: the watcher reports a change at the link's target, not here.
    const same = file.kind === 'article' && !listing.linked.has(file.path) ? knownAndCached(file, known, cache) : undefined;
    let bytes: Uint8Array;
    try {
      bytes = file.kind === 'ignored' || same ? new Uint8Array() : readFileSync(join(contentDir, file.path));
    } catch (error) {
      // Unreadable (permissions, a file that vanished mid-build): named, never just missing from the site.
      const diagnostic = messages.unreadable({ file: show(file.path) }, (error as NodeJS.ErrnoException).code ?? String(error));
      manifest.set(file.path, { path: file.path, kind: file.kind, hash: '', reason: diagnostic.message, ...(file.localeFolder ? { locale: file.localeFolder } : {}) });
      diagnostics.push(diagnostic);
      continue;
    }
    const hash = same?.hash ?? gitBlobHash(bytes);
    const entry: ManifestEntry = { path: file.path, kind: file.kind, hash, ...(file.localeFolder ? { locale: file.localeFolder } : {}) };
    manifest.set(file.path, entry);
    // Articles never land at their own path; any other file could, were it copied: refuse one that would replace the site's.
    const clash = file.kind === 'asset' || file.kind === 'data' || file.kind === 'outside-locale' ? siteFileAt(file.path) : undefined;
    if (clash !== undefined) {
      reject(record, entry, [messages.siteFile({ file: show(file.path) }, clash)]);
      continue;
    }
    if (file.kind === 'asset') {
      if (judgePicture(file, bytes, entry)) read.pictures.push(file.path);
      continue;
    }
    if (file.kind === 'partial') read.partials.push({ path: file.path, hash, bytes });
    if (file.kind !== 'article' && file.kind !== 'mdx') {
      entry.reason = NOT_AN_ARTICLE[file.kind];
      continue;
    }
    const locale = describeLocale(file.localeFolder ?? '');
    if (!locale.ok) {
      entry.reason = `the folder "${file.localeFolder}" is not a locale`;
      badFolders.set(file.localeFolder ?? '', [...(badFolders.get(file.localeFolder ?? '') ?? []), file.path]);
      continue;
    }
    read.locales.set(locale.locale.folder, locale.locale);
    if (file.kind === 'mdx') {
      reject(record, entry, [messages.mdxInContent({ file: show(file.path) })]);
      continue;
    }
    const article = readArticleFile(file, locale.locale, same ?? bytes, entry, record, cache);
    if (article) read.articles.push(article);
  }

  for (const [folder, files] of badFolders) {
    const locale = describeLocale(folder);
    if (!locale.ok) diagnostics.push(messages.badLocaleFolder({ file: show(folder) }, locale.reason, locale.fix, files.length));
  }
  // A site with no pages is never what anyone meant: a wrong CONTENT_DIR, a failed checkout, flat files.
  if (listing.problems.length === 0 && !listing.files.some((f) => f.kind === 'article' || f.kind === 'mdx')) {
    const flat = listing.files.filter((f) => f.kind === 'outside-locale' && /\.mdx?$/i.test(f.path)).length;
    diagnostics.push(flat > 0 ? messages.noLocaleFolder({ file: displayRoot }, flat) : messages.contentEmpty({ file: displayRoot }));
  }
  return read;
}

/** What the last load knew of an article file, if the cache still has its front matter (else it is read). */
function knownAndCached(file: ContentFile, known: LoadOptions['known'], cache: RenderCache | undefined): KnownFile | undefined {
  const same = known?.(file.path);
  if (!same || !cache?.getRead) return undefined;
  const locale = describeLocale(file.localeFolder ?? '');
  return locale.ok && cache.getRead(readKey(locale.locale, same.hash)) ? same : undefined;
}

/** The publishing decision for an asset (publish-policy.ts), written into its entry; true if it may be published. */
function judgePicture(file: ContentFile, bytes: Uint8Array, entry: ManifestEntry): boolean {
  const verdict = judgeAsset(file.path, file.localeFolder !== undefined && describeLocale(file.localeFolder).ok, bytes);
  entry.reason = verdict.publish ? PUBLISHED_WHERE_SHOWN : verdict.reason;
  if (verdict.publish) entry.url = `/${file.path.split('/').map(encodeURIComponent).join('/')}`;
  return verdict.publish;
}

function treeProblem(problem: WalkProblem, show: (path: string) => string): Diagnostic {
  const at = { file: problem.path === '.' ? show('').replace(/\/$/, '') : show(problem.path) };
  switch (problem.kind) {
    case 'missing':
      return messages.contentMissing(at, problem.detail);
    case 'unreadable':
      return messages.unreadable(at, problem.detail);
    case 'symlink-outside':
      return messages.symlinkOutside(at, problem.detail);
    case 'symlink-loop':
      return messages.symlinkLoop(at, problem.detail);
    case 'symlink-broken':
      return messages.symlinkBroken(at, problem.detail);
    case 'not-a-file':
      return messages.notAFile(at);
  }
}
