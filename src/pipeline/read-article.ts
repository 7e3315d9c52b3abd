/**
 * One article file → typed metadata, or diagnostics naming the file, the author's line and the bad value.
 * front-matter.ts finds and reads the front matter (as the renderer sees it); the zod schema types it.
 */
import type { Diagnostic } from './diagnostics.ts';
import { readFrontMatter } from './front-matter.ts';
import { msDocsFrontMatterSchema, type ArticleMeta } from './front-matter-schema.ts';
import { describeLocale, sameLocale } from './locales.ts';
import { messages } from './messages.ts';
import { decodeUtf8 } from './utf8.ts';

/** Part of the read cache's keys: bump it when reading changes, so no read from an older reader is reused. */
export const READER_VERSION = '2';

export interface ReadArticle {
  meta: ArticleMeta;
  /** Every key of the front matter as written, unknown ones (`ms.reviwer`) included. */
  frontMatter: Record<string, unknown>;
  /** The whole file as text (BOM removed); the renderer skips the front matter itself. */
  text: string;
}

export type ReadResult = { ok: true; article: ReadArticle } | { ok: false; diagnostics: Diagnostic[] };

export function readArticle(bytes: Uint8Array, file: string, localeFolder: string): ReadResult {
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) return fail(messages.notUtf8({ file, line: decoded.line, column: decoded.column }, decoded.byte));
  const text = decoded.text.replace(/^\uFEFF/, '');
  if (text.trim() === '') return fail(messages.emptyFile({ file }));

  const read = readFrontMatter(text, file);
  if (!read.ok) return read;
  const { data, keyLines } = read.frontMatter;
  const lineOf = (key: string) => keyLines.get(key) ?? 1;

  const parsed = msDocsFrontMatterSchema.safeParse(data);
  if (!parsed.success) {
    const diagnostics = parsed.error.issues.map((issue) => {
      const key = String(issue.path[0] ?? 'front matter');
      return messages.badValue({ file, line: lineOf(key) }, key, data[key], issue.message);
    });
    return { ok: false, diagnostics };
  }

  const meta = parsed.data;
  const locale = describeLocale(localeFolder);
  if (meta.contentLocale !== undefined && !sameLocale(meta.contentLocale, localeFolder)) {
    const expected = locale.ok ? locale.locale.tag : localeFolder;
    // describeLocale keeps what it is given: a megabyte of hostile text is not worth keeping.
    const other = meta.contentLocale.length <= 35 ? describeLocale(meta.contentLocale.toLowerCase()) : undefined;
    return fail(messages.localeMismatch({ file, line: lineOf('ms.contentlocale') }, meta.contentLocale, localeFolder, expected, other?.ok ? other.locale.folder : undefined));
  }
  return { ok: true, article: { meta, frontMatter: data, text } };
}

function fail(diagnostic: Diagnostic): ReadResult {
  return { ok: false, diagnostics: [diagnostic] };
}
