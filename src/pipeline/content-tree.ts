/**
 * Walks a content folder and says what each file is. Nothing is dropped silently: every file gets a kind,
 * and the ones that are not articles say why in the manifest.
 *
 *   nl-nl/declined-credit-card.md       → article
 *   nl-nl/includes/updates.md           → partial (docfx includes are pulled into articles, not pages)
 *   nl-nl/TOC.yml, fwlinks.yml          → data
 *   nl-nl/media/card.png                → asset
 *   NOTICE.md (no locale folder)        → outside-locale
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

export type FileKind = 'article' | 'mdx' | 'partial' | 'data' | 'asset' | 'outside-locale';

export interface ContentFile {
  /** Path inside the content folder, with forward slashes: `nl-nl/declined-credit-card.md`. */
  path: string;
  /** First folder of the path, or undefined for files at the top. */
  localeFolder: string | undefined;
  kind: FileKind;
}

export function listContent(contentDir: string): ContentFile[] {
  const files: ContentFile[] = [];
  walk(contentDir, '', files);
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

function walk(root: string, relative: string, out: ContentFile[]) {
  for (const entry of readdirSync(join(root, relative), { withFileTypes: true })) {
    // Dot files and folders (.git, .DS_Store) are tooling, not content.
    if (entry.name.startsWith('.')) continue;
    const path = relative ? `${relative}/${entry.name}` : entry.name;
    if (entry.isDirectory()) walk(root, path, out);
    else if (entry.isFile()) out.push(classify(path));
  }
}

export function classify(path: string): ContentFile {
  const segments = path.split('/');
  const localeFolder = segments.length > 1 ? segments[0] : undefined;
  const lower = path.toLowerCase();
  let kind: FileKind;
  // Site data at the top (fwlinks.yml, redirects.yml) is data; anything else there is outside any locale.
  if (localeFolder === undefined) kind = /\.ya?ml$/i.test(path) ? 'data' : 'outside-locale';
  else if (segments.slice(1, -1).some((s) => s.toLowerCase() === 'includes')) kind = 'partial';
  else if (lower.endsWith('.md')) kind = 'article';
  else if (lower.endsWith('.mdx')) kind = 'mdx';
  else if (lower.endsWith('.yml') || lower.endsWith('.yaml') || lower.endsWith('.json')) kind = 'data';
  else kind = 'asset';
  return { path, localeFolder, kind };
}
