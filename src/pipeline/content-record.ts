/**
 * What every step of loading writes to: the diagnostics, and each file's entry in the content manifest.
 * Nothing is dropped silently: a file that gets no page says why in its entry, in its own words for files
 * that are not articles, in the words of the diagnostics that stopped it otherwise.
 */
import type { ManifestEntry } from './article-schema.ts';
import type { ContentFile } from './content-tree.ts';
import type { Diagnostic } from './diagnostics.ts';

export interface ContentRecord {
  /** A content path as messages show it: `nl-nl/a.md` → `content/nl-nl/a.md`. */
  show: (path: string) => string;
  diagnostics: Diagnostic[];
  /** Every file of the content folder, by content path, in the order they were listed. */
  manifest: Map<string, ManifestEntry>;
}

/** The file gets no page (or picture URL): the diagnostics that stopped it are reported and are its reason. */
export function reject(record: ContentRecord, entry: ManifestEntry, found: Diagnostic[]): void {
  entry.reason = found.map((d) => d.message).join('; ');
  record.diagnostics.push(...found);
}

/** The reason of a picture publish-policy.ts allows: it is published wherever an article shows it. */
export const PUBLISHED_WHERE_SHOWN = 'a picture: published where an article shows it';

export const NOT_AN_ARTICLE: Record<Exclude<ContentFile['kind'], 'article' | 'mdx' | 'asset'>, string> = {
  ignored: 'a dot file or folder (tooling such as .git or .DS_Store): never published',
  partial: 'a partial under includes/: it is included into articles, not published on its own',
  data: 'a data file (TOC, breadcrumb or configuration), not an article',
  'outside-locale': 'not inside a locale folder (content/<locale>/…), so neither an article nor a published picture',
};
