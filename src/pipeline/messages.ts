/**
 * Every rule id and message text of the content pipeline, in one place so wording stays consistent and
 * tests can pin what a user sees. Each message quotes the bad value; each fix says what to do.
 */
import type { Diagnostic } from './diagnostics.ts';

type At = Pick<Diagnostic, 'file'> & Partial<Pick<Diagnostic, 'line' | 'column'>>;

const error = (rule: string, at: At, message: string, fix: string): Diagnostic => ({ rule, severity: 'error', ...at, message, fix });
const warn = (rule: string, at: At, message: string, fix: string): Diagnostic => ({ rule, severity: 'warning', ...at, message, fix });

/** Values longer than this are cut (…) in messages: a front-matter value can be megabytes long. */
export const QUOTE_MAX = 80;

/**
 * A value as the author would recognise it (JSON), at most `QUOTE_MAX` characters, with invisible and
 * unusual spaces escaped (`"nl-NL\u200b"`, not a `"nl-NL"` that looks right). It never serializes more
 * of the value than it shows, so an expanded alias or a 5,000-deep list cannot blow up a message.
 */
export function quote(value: unknown): string {
  if (typeof value === 'string') {
    // Cut the text, not its JSON: the closing quote stays, so the reader sees where the value was cut.
    if (value.length <= QUOTE_MAX) return escapeInvisible(JSON.stringify(value));
    // Never cut a surrogate pair in two: the message would carry half a character.
    const end = /[\uD800-\uDBFF]/.test(value.charAt(QUOTE_MAX - 1)) ? QUOTE_MAX - 1 : QUOTE_MAX;
    return escapeInvisible(JSON.stringify(`${value.slice(0, end)}…`));
  }
  return clip(preview(value, QUOTE_MAX), QUOTE_MAX);
}

/** Free text from elsewhere (a parser's reason, a line of the file) cut to `max` characters. */
export function clip(text: string, max = 200): string {
  if (text.length <= max) return text;
  // Never cut a surrogate pair in two: the message would carry half a character.
  const end = /[\uD800-\uDBFF]/.test(text.charAt(max - 2)) ? max - 2 : max - 1;
  return `${text.slice(0, end)}…`;
}

// Shown as \uXXXX: invisible or easily mistaken for a space (C1 controls, NBSP, zero-width, bidi marks…).
const INVISIBLE = /[\u007f-\u00a0\u00ad\u034f\u061c\u115f\u1160\u1680\u180e\u2000-\u200f\u2028-\u202f\u205f-\u206f\u3000\u3164\ufe00-\ufe0f\ufeff\ufff9-\ufffb]/g;
const escapeInvisible = (json: string) => json.replace(INVISIBLE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

const hex = (code: number) => code.toString(16).toUpperCase().padStart(4, '0');

const SPACE_NAMES: Record<number, string> = { 0x00a0: 'a no-break space', 0x200b: 'a zero-width space', 0x202f: 'a narrow no-break space', 0x3000: 'an ideographic space', 0xfeff: 'a zero-width no-break space' };
/** `a no-break space (U+00A0)`. */
const spaceName = (code: number) => `${SPACE_NAMES[code] ?? 'an invisible or unusual space'} (U+${hex(code)})`;

/** JSON of `value`, stopping soon after `budget` characters (the caller cuts the rest). */
function preview(value: unknown, budget: number): string {
  if (typeof value === 'string') return escapeInvisible(JSON.stringify(value.length > budget ? value.slice(0, Math.max(budget, 0) + 1) : value));
  if (typeof value === 'number' || typeof value === 'bigint' || value === undefined) return String(value);
  if (value === null || typeof value !== 'object' || value instanceof Date) return JSON.stringify(value) ?? String(value);
  const array = Array.isArray(value);
  let out = array ? '[' : '{';
  for (const key in value) {
    if (out.length > budget) break;
    const item = preview((value as Record<string, unknown>)[key], budget - out.length);
    out += `${out.length > 1 ? ',' : ''}${array ? '' : `${preview(key, budget - out.length)}:`}${item}`;
  }
  return `${out}${array ? ']' : '}'}`;
}
/** Quoted, with invisible and unusual space characters spelt out, long values cut: the one way messages show a value. */
const visible = (value: string): string => quote(value);
/** The fix for anything the sanitizer removes from an article. */
const ONLY_PLAIN_HTML = 'remove it from the Markdown; articles may use only plain HTML formatting';
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

  // What the render plugins (src/pipeline/render/) report; they leave `file` empty, and the pipeline fills it
  // in once rendering is done (render/context.ts, `rendered`). Values are shown as JSON, cut to 80 characters.
  unsafeLinkRemoved: (at: At, href: string, reason: string) =>
    warn('html/unsafe-url', at, `the link ${JSON.stringify(href.slice(0, 80))} ${reason}, so it was removed`, 'link to an https:// page or to an article'),

  unsafeUrlRemoved: (at: At, url: string, attribute: string, tag: string, reason: string) =>
    warn('html/unsafe-url', at, `the URL ${JSON.stringify(url.slice(0, 80))} in ${attribute} on <${tag}> ${reason}, so it was removed`, ONLY_PLAIN_HTML),

  elementRemoved: (at: At, tag: string) => warn('html/removed-element', at, `<${tag}> is not allowed in an article and was removed`, ONLY_PLAIN_HTML),

  eventHandlerRemoved: (at: At, attribute: string, tag: string) =>
    warn('html/removed-attribute', at, `the event handler ${attribute.toLowerCase()} on <${tag}> was removed`, ONLY_PLAIN_HTML),

  styleRemoved: (at: At, tag: string) => warn('html/removed-attribute', at, `the style attribute on <${tag}> was removed`, ONLY_PLAIN_HTML),

  /** `firstLine`: the line of the first element with the id, as render/sources.ts describes it (`3`, `3 of en-us/includes/p.md`). */
  duplicateId: (at: At, id: string, firstLine: string) =>
    warn('anchor/duplicate-id', at, `the id "${id}" is used twice on this page (first on line ${firstLine}); links to #${id} reach only the first`, 'rename one of the anchors'),

  /** `why`: the reason publish-policy.ts gives. */
  imageRefused: (at: At, src: string, why: string) =>
    warn('image/refused', at, `the image ${JSON.stringify(src)} is not published (${why}); its alt text is shown instead`, 'use a PNG, JPEG, GIF, WebP or plain SVG picture inside the locale folder'),

  /** `where`: `nl-nl/…/card.png`, the place the picture was looked for; `inPartial`: the image is written in a partial. */
  imageMissing: (at: At, src: string, where: string, inPartial: boolean) =>
    warn('image/missing', at, `the image ${JSON.stringify(src)} does not exist; its alt text is shown instead`, `add the file at ${where} next to the ${inPartial ? 'partial' : 'article'}, or remove the image`),

  /** `shownAs`: the text the link now has (the target's title, or host and path). */
  emptyLinkText: (at: At, href: string, shownAs: string) =>
    warn('link/empty-text', at, `the link to ${href} has no text; it is shown as "${shownAs}"`, 'put the words that should be the link between the brackets: [text](url)'),

  badLocaleFolder: (at: At, reason: string, fix: string, files: number) =>
    error('locale/folder', at, `${reason}; the ${files} file(s) in it were not built`, fix),

  contentMissing: (at: At, code: string) =>
    error('content/missing', at, `the content folder cannot be read (${code})`, 'set CONTENT_DIR to a folder that holds one folder per locale (content/en-us/…)'),

  contentEmpty: (at: At) =>
    error('content/empty', at, 'the content folder has no articles, so the site would be empty', 'add articles as <locale>/<name>.md (content/en-us/declined-credit-card.md), or point CONTENT_DIR at the right folder'),

  noLocaleFolder: (at: At, files: number) =>
    error('content/no-locale', at, `none of the ${files} Markdown file(s) is inside a locale folder, so the site would be empty`, 'put articles in one folder per locale, named with a lowercase BCP 47 tag: content/en-us/…, content/nl-nl/…'),

  unreadable: (at: At, code: string) =>
    error('file/unreadable', at, `the file or folder cannot be read (${code}), so nothing in it was built`, 'give the build user read permission (chmod a+r, and a+x for folders), or remove it'),

  notAFile: (at: At) =>
    error('file/not-a-file', at, 'this is a pipe, socket or device, not a file', 'remove it from the content folder'),

  symlinkOutside: (at: At, target: string) =>
    error('file/symlink-outside', at, `this symbolic link leads out of the content folder (to ${quote(target)}), so it was not followed`, 'copy the files into the content folder (cp -RL), or point CONTENT_DIR at a folder that holds them all'),

  symlinkLoop: (at: At, target: string) =>
    error('file/symlink-loop', at, `this symbolic link loops (it leads back to ${quote(target)})`, 'remove the link, or point it at a folder that does not contain it'),

  symlinkBroken: (at: At, target: string) =>
    error('file/symlink-broken', at, `this symbolic link points to ${quote(target)}, which does not exist`, 'fix or remove the link'),

  siteFile: (at: At, siteFile: string) =>
    error('file/site-path', at, `this file has the path of ${siteFile}, which the site writes itself; content may not replace it`, 'move the file into a locale folder (content/<locale>/…) under another name; only pictures next to articles are published'),

  assetCollision: (at: At, url: string, owner: string) =>
    error('asset/collision', at, `this picture would be published where the page ${url} of ${owner} is written`, 'rename the picture or move it into a media/ folder'),

  assetUnused: (at: At) =>
    warn('asset/unused', at, 'no article shows this picture, so it is not published', 'show it in an article with ![alt text](path), or delete it'),

  slugEmpty: (at: At) =>
    error('slug/empty', at, 'the file name has no letters or digits, so the article would have no URL of its own', 'rename the file with words: declined-credit-card.md'),

  noFrontMatter: (at: At) =>
    error('front-matter/missing', at, 'the file has no front matter, so it has no title', 'start the file with a front matter block: ---, title: …, ---'),

  /** `area` is the rule family: `front-matter` for articles, `short-link` or `redirect` for the registries. */
  yamlSyntax: (at: At, reason: string, area = 'front-matter') =>
    error(`${area}/yaml`, at, `${area === 'front-matter' ? 'the front matter' : 'the file'} is not valid YAML: ${clip(reason)}`, 'fix the YAML; quote values that contain ": " or start with a special character'),

  /** `problem` comes from the schema as "what is wrong; how to fix it". */
  badValue: (at: At, key: string, value: unknown, problem: string, area = 'front-matter') => {
    const [what = problem, fix = `correct the value of ${key}`] = problem.split('; ');
    return error(`${area}/value`, at, value === undefined || value === null ? `${key} ${what}` : `${key}: ${quote(value)} ${what}`, fix);
  },

  /** `otherFolder`: the folder `value` names, when it is a locale (moving the file there is the other fix). */
  localeMismatch: (at: At, value: string, folder: string, expected: string, otherFolder: string | undefined) =>
    error(
      'front-matter/locale-mismatch',
      at,
      `ms.contentlocale: ${quote(value)} does not match the folder "${folder}"`,
      `set ms.contentlocale to ${expected}${otherFolder ? `, or move the file to the folder "${otherFolder}"` : ''}`,
    ),

  // Front matter: where it starts and ends (front-matter-fence.ts) and what its YAML may do (front-matter.ts, front-matter-yaml.ts).

  /** `text` is the whole line: `----`, `--- # end`, `--- title: x`, `  ---`. */
  fenceNotExact: (at: At & { line: number }, text: string, opening: boolean) => {
    const rest = text.replace(/^\s*-+\s*/, '');
    return error(
      'front-matter/fence',
      at,
      `line ${at.line} is ${quote(text)}: the front matter ${opening ? 'starts' : 'ends'} at a line of exactly three dashes`,
      `write exactly --- on line ${at.line}, nothing before or after the three dashes${rest === '' ? '' : `, and move ${quote(rest)} to a line of its own ${opening ? 'below' : 'above'} it`}`,
    );
  },

  fenceNotClosed: (at: At, after: number) =>
    error(
      'front-matter/fence',
      at,
      'the front matter is never closed: no line after line 1 is exactly three dashes, so the renderer would publish it as text',
      `add a line of exactly --- after line ${after}, where the front matter ends`,
    ),

  fenceNotOnFirstLine: (at: At & { line: number }) =>
    error('front-matter/fence', at, `the front matter starts on line ${at.line}, not line 1, so the renderer would publish it as text`, `delete the ${at.line - 1 === 1 ? 'blank line' : `${at.line - 1} blank lines`} above it`),

  /** `what`: "a list", "text". */
  frontMatterNotMapping: (at: At, what: string) =>
    error('front-matter/not-a-mapping', at, `the front matter is ${what}, not keys with values`, 'write one key per line, for example title: Declined credit card'),

  duplicateKey: (at: At, key: string, firstLine: number) =>
    error('front-matter/duplicate-key', at, `the key ${quote(key)} is written twice (first on line ${firstLine}); only one of the values could be used`, `keep one ${quote(key)} line`),

  controlCharacter: (at: At, code: number) =>
    error('front-matter/control-character', at, `the front matter has the control character U+${hex(code)} here, which YAML does not allow`, 'delete it (most editors do not show it)'),

  /** `key` is the key as written; `known` what it was meant to be (`title`). */
  oddSpaceInKey: (at: At, key: string, code: number, known: string) =>
    error('front-matter/odd-space', at, `the key ${quote(key)} has ${spaceName(code)} in it, so it is not read as ${known}`, `retype the key as ${known}`),

  oddSpaceAfterColon: (at: At, key: string, code: number) =>
    error('front-matter/odd-space', at, `${quote(`${key}:`)} is followed by ${spaceName(code)}, so YAML does not read ${quote(key)} as a key`, 'type an ordinary space after the colon'),

  /** `opener`: the quote or bracket that is never closed (`"`, `'`, `[`, `{`). */
  notClosed: (at: At, opener: string) => {
    const closer = ({ '[': ']', '{': '}' } as Record<string, string>)[opener] ?? opener;
    return error('front-matter/yaml', at, `the front matter is not valid YAML: the ${opener} here is never closed`, `end the value with ${closer}, or remove the ${opener} at its start`);
  },

  tabIndent: (at: At) =>
    error('front-matter/yaml', at, 'the front matter is not valid YAML: this line is indented with a tab', 'indent it with spaces; YAML does not allow tabs in indentation'),

  tooDeep: (at: At, max: number) =>
    error('front-matter/too-deep', at, `a value nests lists or mappings more than ${max} levels deep`, 'front matter values are text or lists of text; write this one flat'),

  tooManyAliases: (at: At, max: number) =>
    error('front-matter/alias', at, `the front matter uses more than ${max} YAML aliases (*name); a few lines of aliases can expand into gigabytes`, 'write the values out instead of repeating them with *name'),

  aliasWithoutAnchor: (at: At, name: string) =>
    error('front-matter/alias', at, `the alias ${quote(`*${name}`)} repeats a value marked ${quote(`&${name}`)}, but no value before it is marked so`, `put the value in quotes if ${quote(`*${name}`)} is meant as text, or mark the value to repeat with &${clip(name, 40)} above this line`),

  aliasOfCollection: (at: At, name: string) =>
    error('front-matter/alias', at, `the alias ${quote(`*${name}`)} repeats a list or mapping; in front matter an alias may only repeat a single value`, 'write the list or mapping out where it is needed'),

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

  // Registry values as servers read them (src/pipeline/short-links/): locales, site pages, duplicates, encoding.
  redirectUnknownLocale: (at: At, from: string, locale: string, locales: string[]) =>
    error(
      'redirect/unknown-locale',
      at,
      `the redirect from ${quote(from)} is in the locale ${locale}, which has no articles on this site`,
      locales.length > 0 ? `use /{locale}/… or one of the site's locales: ${locales.join(', ')}` : 'add articles to content/<locale>/ first',
    ),

  redirectShadowsSitePage: (at: At, from: string) =>
    error('redirect/shadows-page', at, `the redirect from ${from} would hide a page of the site itself (a locale's home or search page)`, 'remove the redirect; the site publishes that page in every locale'),

  redirectDuplicate: (at: At, from: string, firstLine: number) =>
    error('redirect/duplicate', at, `the redirect from ${from} is registered twice (first on line ${firstLine})`, 'keep one entry per old URL; /{locale}/… already covers every locale'),

  shortLinkUnknownLocale: (at: At, key: string, locale: string) =>
    warn('short-link/unknown-locale', at, `${key}: the site has no articles in ${locale}, so no reader gets this target`, 'remove it, or add the locale\'s articles; check the spelling of the locale'),

  yamlAliases: (at: At, limit: number, area: string) =>
    error(`${area}/yaml`, at, `this entry expands more than ${limit} YAML aliases (an alias bomb?), so the file was not read`, 'write the values out instead of using YAML aliases (&name, *name)'),

  malformedFwlink: (at: At, href: string, query: string) =>
    warn('short-link/malformed', at, `the short link ${quote(href)} has no linkid= in its query (${quote(query)})`, 'write it as https://go.microsoft.com/fwlink/p/?linkid=<number>'),

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

  /** `status` 0: no answer at all (a timeout, or no such host). */
  brokenExternalLink: (at: At, url: string, status: number) =>
    error('external/broken', at, `the external link ${JSON.stringify(url)} answers ${status === 0 ? 'nothing (timeout or no such host)' : `HTTP ${status}`}`, 'point it at the page’s new address, or remove the link'),

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
