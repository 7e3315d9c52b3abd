/**
 * What each host-rule format can carry. The writers in ./host-rules.ts pass every value through here,
 * whatever checked it before (defense in depth: a caller that skipped the registry's validation still
 * cannot add a directive, a variable or a script URL): a value is written quoted or encoded as its format
 * needs, or refused with an error naming the value and the rule file. Nothing is dropped silently.
 *
 *   nginxQuoted('/nl-nl/café/', …)        → "/nl-nl/café/"   (nginx matches the decoded UTF-8 path)
 *   nginxUrl('/nl-nl/café/#über', …)      → "/nl-nl/caf%C3%A9/#%C3%BCber" (a Location header is ASCII)
 *   nginxUrl('https://bücher.example/', …) → "https://xn--bcher-kva.example/"
 *   redirectsPath('/nl-nl/café/', …)      → /nl-nl/caf%C3%A9/ (Netlify: "special characters must be url-encoded")
 *   nginxQuoted('/a" { alias /etc/passwd; } location = "/z/', …) → throws
 */
import { judgeUrl } from '../url-safety.ts';

export class HostRuleError extends Error {
  override name = 'HostRuleError';
}

/**
 * nginx, inside double quotes:
 * - `"` ends the string: what follows becomes directives (`alias /etc/passwd;`, a second `location`);
 * - `\` escapes the next character inside quotes, so `\"` ends nothing and the string runs on;
 * - `$` starts a variable in `return` and `map` values (`$host`, `$arg_x`: a Location the request chooses);
 * - `{` `}` open and close blocks, and nginx reads `{` specially even in some quoted contexts (regexes);
 * - `;` ends a directive (refused even inside quotes: one mistake in quoting and it is live);
 * - whitespace separates arguments, a newline or NUL ends the line or the string in nginx's C parser,
 *   and other control characters have no business in a URL;
 * - a lone surrogate (`\uD800`) is not text: it cannot be written as UTF-8 or percent-encoded.
 */
const NGINX_FORBIDDEN = /["\\${};\p{White_Space}\p{Cc}\p{Cs}]/u;

/**
 * `_redirects` (Netlify, Cloudflare Pages), one rule per line, fields split on whitespace:
 * - whitespace would split a value into two fields (a second one becomes the destination or the status);
 * - a newline or other control character would start a rule of the value's choosing; a lone surrogate
 *   cannot be written as UTF-8;
 * - `#` starts a comment when it begins a field, and some parsers cut the line at any `#`: never in a path
 *   (it never reaches the server anyway); in a destination only inside it, as a fragment (`/a/#b`): a
 *   destination starts with `/` or `https:`, never with `#`.
 */
const REDIRECTS_FORBIDDEN = /[\p{White_Space}\p{Cc}\p{Cs}]/u;
/** In a path, `*` is a splat and a segment starting with `:` a placeholder to Netlify: they would match other URLs. */
const REDIRECTS_PATH_FORBIDDEN = /[#*]|\/:/;

/** The short link id and locale are parts of paths, map keys and a map regex (`~*^nl-nl$`): digits and tags only. */
const ID = /^[0-9]+$/;
const LOCALE = /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/;

function refuse(value: string, file: string, why: string): never {
  // JSON quoting escapes the C0 controls; the other invisible characters are escaped too, so the message
  // shows what the value really holds.
  const shown = JSON.stringify(value.length > 80 ? `${value.slice(0, 80)}…` : value).replace(/[\p{C}\p{Z}]/gu, (ch) =>
    ch === ' ' ? ch : Array.from({ length: ch.length }, (_, i) => `\\u${ch.charCodeAt(i).toString(16).padStart(4, '0')}`).join(''),
  );
  throw new HostRuleError(`refusing to write ${shown} into ${file}: ${why}`);
}

/** The first match of `pattern`, for a message: `";"`, or `U+0000` for what a terminal would not show. */
function forbidden(value: string, pattern: RegExp): string | undefined {
  const match = pattern.exec(value)?.[0];
  if (match === undefined) return undefined;
  return /^[\p{L}\p{N}\p{P}\p{S}]/u.test(match) ? JSON.stringify(match) : `U+${match.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** A path to match (nginx `location =`, the left of a `_redirects` line): `/…`, never `//…`. */
function checkPath(value: string, file: string): void {
  if (!value.startsWith('/') || value.startsWith('//')) refuse(value, file, 'a path to match starts with a single /');
}

/** A Location: judged by the one URL judge, as a browser will read it (no javascript:, no //other-host). */
function checkLocation(value: string, file: string): void {
  const verdict = judgeUrl(value, 'redirect');
  if (!verdict.ok) refuse(value, file, `the destination ${verdict.reason}`);
}

/** Non-ASCII characters as UTF-8 percent-escapes; ASCII (already judged) stays as it is. */
export function encodeNonAscii(value: string): string {
  return value.replace(/[^\u0000-\u007f]+/gu, (run) => encodeURIComponent(run));
}

/**
 * A Location in ASCII, as an HTTP header should be: a site path with its non-ASCII characters
 * percent-encoded; an https URL with non-ASCII in it as the URL standard writes it (the host in punycode,
 * `https://bücher.example/ü` → `https://xn--bcher-kva.example/%C3%BC`). An ASCII URL stays as written.
 */
function asciiUrl(value: string, file: string): string {
  if (!/[^\u0000-\u007f]/u.test(value)) return value;
  if (!/^https:/i.test(value)) return encodeNonAscii(value);
  if (!URL.canParse(value)) refuse(value, file, 'the destination is not a valid URL');
  return new URL(value).href;
}

/** Any value inside nginx double quotes, as it is (a `location =` path is matched decoded, in UTF-8). */
export function nginxQuoted(value: string, file: string): string {
  if (value === '') refuse(value, file, 'an empty value');
  const bad = forbidden(value, NGINX_FORBIDDEN);
  if (bad) refuse(value, file, `nginx cannot carry ${bad} safely inside a quoted string`);
  return `"${value}"`;
}

export function nginxPath(value: string, file: string): string {
  checkPath(value, file);
  return nginxQuoted(value, file);
}

export function nginxUrl(value: string, file: string): string {
  checkLocation(value, file);
  // Judged as given, before encoding could turn a refused character into an escape nobody asked for.
  nginxQuoted(value, file);
  return nginxQuoted(asciiUrl(value, file), file);
}

export function redirectsPath(value: string, file: string): string {
  checkPath(value, file);
  const bad = forbidden(value, REDIRECTS_FORBIDDEN) ?? forbidden(value, REDIRECTS_PATH_FORBIDDEN);
  if (bad) refuse(value, file, `a _redirects path cannot carry ${bad}`);
  return encodeNonAscii(value);
}

export function redirectsUrl(value: string, file: string): string {
  checkLocation(value, file);
  const bad = forbidden(value, REDIRECTS_FORBIDDEN);
  if (bad) refuse(value, file, `a _redirects destination cannot carry ${bad}`);
  return asciiUrl(value, file);
}

export function shortLinkId(value: string, file: string): string {
  if (!ID.test(value)) refuse(value, file, 'a short link id is digits only');
  return value;
}

export function localeTag(value: string, file: string): string {
  if (!LOCALE.test(value)) refuse(value, file, 'a locale is a lowercase tag such as nl-nl');
  return value;
}
