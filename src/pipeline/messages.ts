/**
 * Every rule id and message text of the content pipeline, in one place so wording stays consistent and
 * tests can pin what a user sees. Each message quotes the bad value; each fix says what to do.
 */
import type { Diagnostic } from './diagnostics.ts';

type At = Pick<Diagnostic, 'file'> & Partial<Pick<Diagnostic, 'line' | 'column'>>;

const error = (rule: string, at: At, message: string, fix: string): Diagnostic => ({ rule, severity: 'error', ...at, message, fix });
const quote = (value: unknown): string => JSON.stringify(value) ?? String(value);

export const messages = {
  emptyFile: (at: At) =>
    error('file/empty', at, 'the file is empty', 'write the article (front matter with a title, then the text), or delete the file'),

  notUtf8: (at: At, byte: number) =>
    error('file/encoding', at, `the file is not valid UTF-8 (byte 0x${byte.toString(16).padStart(2, '0')} here)`, 'save the file as UTF-8'),

  mdxInContent: (at: At) =>
    error('file/mdx', at, 'articles are Markdown, not MDX: translated content must not run code', 'rename the file to .md; MDX pages belong in src/pages/'),

  badLocaleFolder: (at: At, reason: string, fix: string, files: number) =>
    error('locale/folder', at, `${reason}; the ${files} file(s) in it were not built`, fix),

  noFrontMatter: (at: At) =>
    error('front-matter/missing', at, 'the file has no front matter, so it has no title', 'start the file with a front matter block: ---, title: …, ---'),

  yamlSyntax: (at: At, reason: string) =>
    error('front-matter/yaml', at, `the front matter is not valid YAML: ${reason}`, 'fix the YAML; quote values that contain ": " or start with a special character'),

  /** `problem` comes from the schema as "what is wrong; how to fix it". */
  badValue: (at: At, key: string, value: unknown, problem: string) => {
    const [what = problem, fix = `correct the value of ${key}`] = problem.split('; ');
    return error('front-matter/value', at, value === undefined ? `${key} ${what}` : `${key}: ${quote(value)} ${what}`, fix);
  },

  localeMismatch: (at: At, value: string, folder: string, expected: string) =>
    error(
      'front-matter/locale-mismatch',
      at,
      `ms.contentlocale: ${quote(value)} does not match the folder "${folder}"`,
      `set ms.contentlocale to ${expected}, or move the file to the folder "${value.toLowerCase()}"`,
    ),

  slugCollision: (at: At, url: string, other: string) =>
    error('slug/collision', at, `this file and ${other} would both be published at ${url}`, 'rename one of the two files'),
};
