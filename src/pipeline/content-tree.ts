/**
 * Lists a content folder (walk-files.ts) and says what each file is. Nothing is dropped silently: every file
 * gets a kind, and the ones that are not articles say why in the manifest; whatever cannot be walked (a link
 * out of the folder, a loop, an unreadable folder) is a problem with its path, never a missing page.
 *
 *   nl-nl/declined-credit-card.md       → article
 *   nl-nl/includes/updates.md           → partial (docfx includes are pulled into articles, not pages)
 *   nl-nl/includes/media/step.png       → asset (a partial's picture)
 *   nl-nl/TOC.yml, fwlinks.yml          → data
 *   nl-nl/media/card.png                → asset
 *   NOTICE.md (no locale folder)        → outside-locale
 *   nl-nl/.DS_Store, .git/              → ignored (dot files are tooling; listed, never published)
 */
import { walkFolder, type WalkProblem } from './walk-files.ts';

export type FileKind = 'article' | 'mdx' | 'partial' | 'data' | 'asset' | 'outside-locale' | 'ignored';

export interface ContentFile {
  /** Path inside the content folder, with forward slashes: `nl-nl/declined-credit-card.md`. */
  path: string;
  /** First folder of the path, or undefined for files at the top. */
  localeFolder: string | undefined;
  kind: FileKind;
}

export interface ContentListing {
  files: ContentFile[];
  /** Files reached through a symbolic link (walk-files.ts `linked`). */
  linked: ReadonlySet<string>;
  problems: WalkProblem[];
}

export function listContent(contentDir: string): ContentListing {
  // Dot files and folders (.git, .DS_Store, .htaccess) are tooling, never content: listed, not published.
  const { paths, listedOnly, linked, problems } = walkFolder(contentDir, { listOnly: (name) => name.startsWith('.') });
  const files = paths.map((path) => (listedOnly.has(path) ? { path, localeFolder: path.includes('/') ? path.split('/')[0] : undefined, kind: 'ignored' as const } : classify(path)));
  return { files, linked, problems };
}

export function classify(path: string): ContentFile {
  const segments = path.split('/');
  const localeFolder = segments.length > 1 ? segments[0] : undefined;
  const lower = path.toLowerCase();
  let kind: FileKind;
  // Site data at the top (fwlinks.yml, redirects.yml) is data; anything else there is outside any locale.
  if (localeFolder === undefined) kind = /\.ya?ml$/i.test(path) ? 'data' : 'outside-locale';
  else if (lower.endsWith('.md')) kind = segments.slice(1, -1).some((s) => s.toLowerCase() === 'includes') ? 'partial' : 'article';
  else if (lower.endsWith('.mdx')) kind = 'mdx';
  else if (lower.endsWith('.yml') || lower.endsWith('.yaml') || lower.endsWith('.json')) kind = 'data';
  else kind = 'asset';
  return { path, localeFolder, kind };
}
