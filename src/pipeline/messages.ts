/**
 * Every rule id and message text of the content pipeline, in one place so wording stays consistent and
 * tests can pin what a user sees. Each message quotes the bad value; each fix says what to do.
 */
import type { Diagnostic } from './diagnostics.ts';

type At = Pick<Diagnostic, 'file'> & Partial<Pick<Diagnostic, 'line' | 'column'>>;

const error = (rule: string, at: At, message: string, fix: string): Diagnostic => ({ rule, severity: 'error', ...at, message, fix });
const warn = (rule: string, at: At, message: string, fix: string): Diagnostic => ({ rule, severity: 'warning', ...at, message, fix });
const quote = (value: unknown): string => JSON.stringify(value) ?? String(value);
/** Quoted, with invisible and unusual space characters spelt out (`\u200B`), so a reader sees why two paths differ; long values cut. */
const visible = (value: string): string =>
  quote(value.length > 120 ? `${value.slice(0, 120)}…` : value).replace(/[\p{Cf}\p{Zs}\p{Zl}\p{Zp}]/gu, (c) => (c === ' ' ? c : `\\u${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`));
/** Rounded up, so a file just past a limit never reads as equal to it (5.1 MB, not 5.0 MB, against 5 MB). */
const megabytes = (bytes: number): string => `${Math.ceil((bytes / 1024 / 1024) * 10) / 10} MB`;

export const messages = {
  emptyFile: (at: At) =>
    error('file/empty', at, 'the file is empty', 'write the article (front matter with a title, then the text), or delete the file'),

  notUtf8: (at: At, byte: number) =>
    error('file/encoding', at, `the file is not valid UTF-8 (byte 0x${byte.toString(16).padStart(2, '0')} here)`, 'save the file as UTF-8'),

  mdxInContent: (at: At) =>
    error('file/mdx', at, 'articles are Markdown, not MDX: translated content must not run code', 'rename the file to .md; MDX pages belong in src/pages/'),

  // Rendering limits and docfx includes (src/pipeline/size-limits.ts, includes.ts, render/remark-includes.ts).
  largeFile: (at: At, bytes: number, limit: number) =>
    warn('file/large', at, `the file is ${megabytes(bytes)}, more than ${megabytes(limit)}: it slows every build (seconds and hundreds of MB of memory per MB to render)`, 'split it into several articles, or move repeated text into a partial under includes/'),

  fileTooLarge: (at: At, bytes: number, limit: number) =>
    error('file/too-large', at, `the file is ${megabytes(bytes)}, more than the limit of ${megabytes(limit)}, so it was not rendered`, 'split it into several articles; a help article is rarely above 50 KB'),

  nestingTooDeep: (at: At, what: string, depth: number, limit: number) =>
    error('markdown/too-deep', at, `${what} nested ${depth} deep here, more than the limit of ${limit}, so the file was not rendered in full`, 'flatten the nesting (real articles nest fewer than 10 levels); look for a run of >, list markers, brackets or tags left by a tool or a bad merge'),

  renderFailed: (at: At, reason: string) =>
    error('render/failed', at, `rendering this file failed (${reason}), so it has no page`, 'simplify the construct the error names, or report it with this file attached'),

  includeBadPath: (at: At, target: string, reason: string, fix: string) => error('include/bad-path', at, `the include ${visible(target)} ${reason}`, fix),

  includeMissing: (at: At, target: string, tried: string[], near: string | undefined) =>
    error('include/missing', at, `the include ${visible(target)} points to a partial that does not exist (looked for ${tried.map(visible).join(' and ')})`, near ? `did you mean ${near}?` : 'add the partial under includes/, or fix the path'),

  includeCycle: (at: At, chain: string[]) =>
    error('include/cycle', at, chain.length === 2 ? `${chain[0]} includes itself` : `the includes form a cycle: ${chain.join(' → ')}`, 'remove the include that leads back'),

  includeTooDeep: (at: At, chain: string[], limit: number) =>
    error('include/too-deep', at, `includes are nested more than ${limit} deep: ${chain.join(' → ')}`, 'include the innermost partials directly instead of through each other'),

  includeTooLarge: (at: At, bytes: number, limit: number) =>
    error('include/too-large', at, `with its includes the article would be ${megabytes(bytes)}, more than the limit of ${megabytes(limit)}; the rest was not included`, 'include fewer or smaller partials; check for a partial that includes another many times'),

  includeTooMany: (at: At, limit: number) =>
    error('include/too-many', at, `the article includes partials more than ${limit} times in all (includes of includes counted); the rest was not included`, 'check for partials that include each other several times over'),

  includeNotUtf8: (at: At, partial: string) =>
    error('include/encoding', at, `the partial ${partial} is not valid UTF-8, so it was not included`, `save ${partial} as UTF-8`),

  includeBlocksInline: (at: At, partial: string) =>
    warn('include/inline-blocks', at, `the partial ${partial} has more than one paragraph (or a list, table or heading) but is included inside a sentence; its text is run together`, 'put the include on a line of its own, as a paragraph'),

  includeMalformed: (at: At, text: string) =>
    warn('include/malformed', at, `${visible(text)} looks like an include but is not one, so it is shown as text`, 'write it as [!INCLUDE [title](includes/name.md)], with no spaces in the path (or the path in <…>)'),

  badLocaleFolder: (at: At, reason: string, fix: string, files: number) =>
    error('locale/folder', at, `${reason}; the ${files} file(s) in it were not built`, fix),

  noFrontMatter: (at: At) =>
    error('front-matter/missing', at, 'the file has no front matter, so it has no title', 'start the file with a front matter block: ---, title: …, ---'),

  /** `area` is the rule family: `front-matter` for articles, `short-link` or `redirect` for the registries. */
  yamlSyntax: (at: At, reason: string, area = 'front-matter') =>
    error(`${area}/yaml`, at, `${area === 'front-matter' ? 'the front matter' : 'the file'} is not valid YAML: ${reason}`, 'fix the YAML; quote values that contain ": " or start with a special character'),

  /** `problem` comes from the schema as "what is wrong; how to fix it". */
  badValue: (at: At, key: string, value: unknown, problem: string, area = 'front-matter') => {
    const [what = problem, fix = `correct the value of ${key}`] = problem.split('; ');
    return error(`${area}/value`, at, value === undefined ? `${key} ${what}` : `${key}: ${quote(value)} ${what}`, fix);
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

  slugTaken: (at: At, url: string) =>
    error('slug/taken', at, `this file would be published at ${url}, which is a page of the site itself`, 'rename the file so its URL differs'),

  duplicateShortLink: (at: At, id: string, firstLine: number) =>
    error('short-link/duplicate', at, `the short link id ${id} is registered twice (first on line ${firstLine})`, 'keep one entry per id; use locales: for per-locale targets'),

  missingTargetPage: (at: At, area: string, key: string, target: string, page: string, near: string | undefined) =>
    error(`${area}/missing-page`, at, `${key}: ${quote(target)} points to ${page}, which is not a page of this site`, near ? `did you mean ${near}?` : 'point it at an existing article, or add the article'),

  missingTargetAnchor: (at: At, area: string, key: string, target: string, page: string, anchor: string, near: string | undefined) =>
    error(`${area}/missing-anchor`, at, `${key}: ${quote(target)} points to #${anchor}, which ${page} does not have`, near ? `did you mean #${near}?` : `use an anchor of ${page}, or drop the #${anchor}`),

  redirectShadowsPage: (at: At, from: string) =>
    error('redirect/shadows-page', at, `the redirect from ${from} would hide the article published there`, 'remove the redirect, or rename the article first'),

  redirectLoop: (at: At, from: string, path: string[]) =>
    error('redirect/loop', at, `the redirect from ${from} loops: ${path.join(' → ')}`, 'point the redirect at a page, not back at itself'),

  redirectChain: (at: At, from: string, via: string, to: string) =>
    error('redirect/chain', at, `the redirect from ${from} leads to another redirect (${via})`, `point it straight at ${to}`),

  malformedFwlink: (at: At, href: string, query: string) => ({
    rule: 'short-link/malformed',
    severity: 'warning' as const,
    ...at,
    message: `the short link ${quote(href)} has no linkid= in its query (${quote(query)})`,
    fix: 'write it as https://go.microsoft.com/fwlink/p/?linkid=<number>',
  }),

  missingArticle: (at: At, href: string, near: string | undefined) =>
    error('link/missing-article', at, `the link ${quote(href)} points to an article that does not exist`, near ? `did you mean ${near}?` : 'point it at an existing article, or remove the link'),

  missingAnchor: (at: At, href: string, anchor: string, page: string, near: string | undefined) =>
    error('link/missing-anchor', at, `the link ${quote(href)} points to #${anchor}, which ${page} does not have`, near ? `did you mean #${near}?` : `link to an anchor that exists, or drop #${anchor}`),

  otherLocale: (at: At, href: string, locale: string) =>
    warn('link/other-locale', at, `the link ${quote(href)} sends the reader to another locale (${locale})`, 'link to the article in this locale; the site falls back to the source by itself'),

  unregisteredShortLink: (at: At, href: string, id: string) =>
    warn('short-link/unregistered', at, `the short link ${quote(href)} (id ${id}) is not registered, so it leaves the site`, `register ${id} in content/fwlinks.yml, or keep it external on purpose`),

  punctuationLink: (at: At, href: string, text: string) =>
    warn('link/punctuation-text', at, `the link to ${quote(href)} has only punctuation as text (${quote(text)})`, 'put the words that should be the link between the brackets'),

  gluedLink: (at: At, href: string, next: string) =>
    warn('link/glued', at, `the link to ${quote(href)} is glued to the next word (${quote(next)})`, 'add a space after the link'),

  insecureLink: (at: At, href: string) =>
    warn('link/insecure', at, `the link ${quote(href)} uses plain http`, 'use https if the site supports it'),

  missingTranslationAnchor: (at: At, anchor: string, reference: string) =>
    error('anchor/missing-in-translation', at, `the anchor #${anchor} of ${reference} is missing here; links to it from other articles break in this locale`, `keep <a name="${anchor}"></a> on the heading that corresponds to it`),

  brokenBuiltLink: (at: At, href: string, page: string) =>
    error('built/missing-page', at, `the built page ${page} links to ${quote(href)}, which is not in the built site`, 'fix the link in the Markdown (or the template) that produces it'),

  brokenBuiltAnchor: (at: At, href: string, page: string) =>
    error('built/missing-anchor', at, `the built page ${page} links to ${quote(href)}, whose anchor is not on the target page`, 'fix the anchor in the Markdown (or the template) that produces it'),

  untranslatedTitle: (at: At, title: string) =>
    warn('l10n/untranslated-title', at, `the title ${quote(title)} is the same as the source's`, 'translate the title'),

  missingTranslationField: (at: At, key: string, expected: string) =>
    warn('l10n/front-matter', at, `${key} is missing`, `add ${key}: ${expected}`),

  droppedLink: (at: At, target: string, source: string) =>
    warn('l10n/dropped-link', at, `the link to ${target} in ${source} is missing from this translation`, 'keep every link of the source, pointing at the same article and anchor'),

  droppedShortLink: (at: At, id: string, source: string) =>
    warn('l10n/dropped-short-link', at, `the short link ${id} in ${source} is missing from this translation`, 'keep every short link of the source'),
};
