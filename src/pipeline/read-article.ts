/**
 * One article file → typed metadata, or diagnostics naming the file, the author's line and the bad value.
 * gray-matter reads the YAML; the zod schema types it; lines are counted in the whole file.
 */
import matter from 'gray-matter';
import type { Diagnostic } from './diagnostics.ts';
import { msDocsFrontMatterSchema, type ArticleMeta } from './front-matter-schema.ts';
import { describeLocale, sameLocale } from './locales.ts';
import { messages } from './messages.ts';
import { decodeUtf8 } from './utf8.ts';

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
  if (!/^---[ \t]*\r?\n/.test(text)) return fail(messages.noFrontMatter({ file, line: 1 }));

  let data: Record<string, unknown>;
  try {
    // Passing options turns off gray-matter's cache, which would keep every file in memory.
    data = matter(text, {}).data;
  } catch (cause) {
    const mark = (cause as { mark?: { line?: number; column?: number } }).mark;
    const reason = (cause as { reason?: string }).reason ?? String(cause);
    // js-yaml counts lines from 0, starting on the opening --- line (gray-matter keeps its line break).
    return fail(messages.yamlSyntax({ file, line: (mark?.line ?? 0) + 1, column: (mark?.column ?? 0) + 1 }, reason));
  }

  const parsed = msDocsFrontMatterSchema.safeParse(data);
  if (!parsed.success) {
    const diagnostics = parsed.error.issues.map((issue) => {
      const key = String(issue.path[0] ?? 'front matter');
      return messages.badValue({ file, line: keyLine(text, key) ?? 1 }, key, data[key], issue.message);
    });
    return { ok: false, diagnostics };
  }

  const meta = parsed.data;
  const locale = describeLocale(localeFolder);
  if (meta.contentLocale !== undefined && !sameLocale(meta.contentLocale, localeFolder)) {
    const expected = locale.ok ? locale.locale.tag : localeFolder;
    return fail(messages.localeMismatch({ file, line: keyLine(text, 'ms.contentlocale') ?? 1 }, meta.contentLocale, localeFolder, expected));
  }
  return { ok: true, article: { meta, frontMatter: data, text } };
}

function fail(diagnostic: Diagnostic): ReadResult {
  return { ok: false, diagnostics: [diagnostic] };
}

/** The 1-based line where `key:` is written in the front matter. */
export function keyLine(text: string, key: string): number | undefined {
  const lines = text.split(/\r?\n/);
  const pattern = new RegExp(`^\\s*['"]?${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}['"]?\\s*:`);
  for (let i = 1; i < lines.length; i++) {
    if (/^---\s*$/.test(lines[i] ?? '')) return undefined;
    if (pattern.test(lines[i] ?? '')) return i + 1;
  }
  return undefined;
}
