/**
 * An article file of a locale folder → an article ready to be indexed, or the diagnostics that stop it:
 * its size is judged before anything is parsed (size-limits.ts), its front matter is read (read-article.ts)
 * or taken from the read cache, and it is given its slug (article-slugs.ts).
 *
 * A cached read skips YAML and the schema (a third of a rebuild's reading). The text is not kept: a render
 * job or an include scan reads it again (article-text.ts).
 */
import type { ManifestEntry } from './article-schema.ts';
import { articleSlug } from './article-slugs.ts';
import { reject, type ContentRecord } from './content-record.ts';
import type { ContentFile } from './content-tree.ts';
import { mayInclude } from './includes.ts';
import type { CachedRead, KnownFile, RenderCache } from './loaded-content.ts';
import type { LocaleInfo } from './locales.ts';
import { READER_VERSION, readArticle } from './read-article.ts';
import { checkSize } from './size-limits.ts';

/** An article read, typed and given its slug; not yet checked against the others. */
export interface ArticleFile {
  file: ContentFile;
  locale: LocaleInfo;
  hash: string;
  /** Its front matter, typed. Not its text, which is read again for rendering (article-text.ts). */
  read: CachedRead;
  slug: string;
  /** The file as messages show it. */
  display: string;
  /** Whether the bytes hold `[!include` (most articles do not, and are never scanned for includes). */
  mayInclude: boolean;
  /** Its size in bytes. */
  size: number;
}

/** The key of an article's typed front matter in the cache: its locale and its bytes. */
export const readKey = (locale: LocaleInfo, hash: string) => `${locale.folder}:${READER_VERSION}:${hash}`;

/**
 * Undefined when the file is refused: its diagnostics are reported and its manifest entry says why. Given
 * what is known of a file instead of its bytes (`astro dev`, read-content.ts), its front matter must be in
 * the cache.
 */
export function readArticleFile(file: ContentFile, locale: LocaleInfo, source: Uint8Array | KnownFile, entry: ManifestEntry, record: ContentRecord, cache: RenderCache | undefined): ArticleFile | undefined {
  const display = record.show(file.path);
  const known = source instanceof Uint8Array ? { size: source.length, mayInclude: mayInclude(source) } : source;
  // Before anything is parsed: a huge file would take minutes and gigabytes to render.
  const size = checkSize(known.size, display);
  if (size?.severity === 'error') return void reject(record, entry, [size]);
  if (size) record.diagnostics.push(size);
  let read = cache?.getRead?.(readKey(locale, entry.hash));
  if (!read) {
    if (!(source instanceof Uint8Array)) throw new Error(`${display}: known without its bytes, but its front matter is not in the cache`);
    const fresh = readArticle(source, display, locale.folder);
    if (!fresh.ok) return void reject(record, entry, fresh.diagnostics);
    read = { meta: fresh.article.meta, frontMatter: fresh.article.frontMatter };
    cache?.setRead?.(readKey(locale, entry.hash), read);
  }
  const slug = articleSlug(file.path, locale, display);
  if (!slug.ok) return void reject(record, entry, [slug.diagnostic]);
  return { file, locale, hash: entry.hash, read, slug: slug.slug, display, mayInclude: known.mayInclude, size: known.size };
}
