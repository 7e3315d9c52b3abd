/**
 * Site paths in the registries: a redirect's `from`, and a target that is a path on this site. They are
 * written into server configuration (nginx, `_redirects`) and into the file layout of `dist/`, so only
 * clean paths pass, and a path is judged as the server that matches it reads it: percent-escapes decoded.
 *
 *   "/{locale}/old-name/"      → ok, path "/{locale}/old-name/"
 *   "/nl-nl/caf%C3%A9/"        → ok, path "/nl-nl/café/" (nginx and the static file match the decoded path)
 *   "/en-us/p%61y/"            → ok, path "/en-us/pay/" (so it cannot slip past the check for hidden pages)
 *   "/en-us/../etc/"           → refused: servers resolve ".." before matching, Astro cannot write it
 *   '/en-us/leak" { alias …'   → refused: a quote, spaces, { and ; would end the nginx string and add rules
 *
 * A segment is letters (any script: slugs keep `café`, `überblick`, `概要`), marks, digits, `-`, `.`, `_`,
 * `~` and percent-escapes of those. The first segment is the locale (`{locale}` or a locale folder name).
 * Does not: check that the page exists or that the locale is one of the site's (load-short-links.ts does).
 */
import { describeLocale } from '../locales.ts';

export type SitePathUse = 'from' | 'target';

export type SitePath =
  | { ok: true; path: string; fragment: string | undefined; locale: string | undefined }
  | { ok: false; reason: string };

/** What a slug segment may hold once decoded. */
const SEGMENT_CHAR = /^[\p{L}\p{M}\p{N}._~-]$/u;
/** Explained one by one, because each breaks a host-rule format or a URL in its own way. */
const CONTROL = /\p{Cc}/u;
const INVISIBLE = /[\p{White_Space}\p{Cf}]/u;
const SYNTAX = /["'`<>;$\\]/;

const codePoint = (ch: string) => `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** `reason` reads "what is wrong; how to fix it", as the registry's zod messages do. */
export function judgeSitePath(value: string, use: SitePathUse): SitePath {
  const control = CONTROL.exec(value)?.[0];
  if (control !== undefined) return refuse(`contains the control character ${codePoint(control)}; remove it`);
  const invisible = INVISIBLE.exec(value)?.[0];
  if (invisible !== undefined) return refuse(`contains a space or invisible character (${codePoint(invisible)}); remove it, and use - between words`);
  const syntax = SYNTAX.exec(value)?.[0];
  if (syntax !== undefined) return refuse(`contains ${JSON.stringify(syntax)}, which a site path cannot have; remove it`);
  if (!value.startsWith('/')) return refuse(`must start with /; write a site path such as /{locale}/old-name/`);

  const hashAt = value.indexOf('#');
  const queryAt = value.indexOf('?');
  if (use === 'from' && (hashAt !== -1 || queryAt !== -1)) return refuse('has a ?query or #fragment, which servers do not match; write the path alone, such as /{locale}/old-name/');
  if (queryAt !== -1) return refuse('has a ?query; a site page is a path, such as /{locale}/slug/#anchor');
  const pathPart = hashAt === -1 ? value : value.slice(0, hashAt);
  const fragmentPart = hashAt === -1 ? undefined : value.slice(hashAt + 1);

  const path = judgePath(pathPart, use);
  if (!path.ok) return path;
  if (fragmentPart === undefined) return { ok: true, path: path.path, fragment: undefined, locale: path.locale };
  if (fragmentPart === '') return refuse('ends with an empty #; remove it, or name the anchor');
  const fragment = decodeSegment(fragmentPart, 'the #anchor');
  if (!fragment.ok) return fragment;
  return { ok: true, path: path.path, fragment: fragment.text, locale: path.locale };
}

function judgePath(pathPart: string, use: SitePathUse): { ok: true; path: string; locale: string | undefined } | { ok: false; reason: string } {
  // A target may be the site's root; every other path starts with a locale.
  if (use === 'target' && pathPart === '/') return { ok: true, path: '/', locale: undefined };
  const segments = pathPart.slice(1).split('/');
  const last = segments.pop();
  if (use === 'from' && last !== '') return refuse('must end with /; write it as the page URL, such as /{locale}/old-name/');
  if (last !== '' && last !== undefined) segments.push(last);
  const [locale = '', ...slugs] = segments;
  if (locale === '') return refuse('starts with //, which browsers read as another host; start it with /{locale}/ or a locale such as /nl-nl/');
  if (locale !== '{locale}' && !describeLocale(locale).ok) {
    return refuse(`does not start with a locale (/${locale}/ is not one); start it with /{locale}/ or a lowercase locale folder such as /nl-nl/`);
  }
  const decoded: string[] = [locale];
  for (const segment of slugs) {
    if (segment === '') return refuse('has an empty segment (//); remove the extra /');
    const text = decodeSegment(segment, 'a path segment');
    if (!text.ok) return text;
    // Browsers and servers resolve these away before matching, and Astro cannot write a page there.
    if (text.text === '.' || text.text === '..') return refuse(`has a ${JSON.stringify(segment)} segment, which browsers and servers resolve away; write the path without it`);
    decoded.push(text.text);
  }
  return { ok: true, path: `/${decoded.join('/')}${last === '' ? '/' : ''}`, locale };
}

/** `caf%C3%A9` → `café`; refuses braces outside `{locale}`, escapes that are not UTF-8, and any character a slug cannot have. */
function decodeSegment(segment: string, what: string): { ok: true; text: string } | { ok: false; reason: string } {
  if (/[{}]/.test(segment)) return refuse(`has { or } outside the /{locale}/ placeholder; {locale} may only be the first segment`);
  const badEscape = /%(?![0-9a-f]{2})/i.exec(segment);
  if (badEscape) return refuse(`has a % that is not a percent-escape (%XX); remove it`);
  let text: string;
  try {
    text = decodeURIComponent(segment);
  } catch {
    return refuse(`has percent-escapes that are not UTF-8 text; write the letter itself (é) or its UTF-8 escapes (%C3%A9)`);
  }
  for (const ch of text) {
    if (SEGMENT_CHAR.test(ch)) continue;
    const shown = /[\p{L}\p{N}\p{P}\p{S}]/u.test(ch) ? JSON.stringify(ch) : codePoint(ch);
    const escaped = text === segment ? '' : ' (once its percent-escapes are decoded)';
    return refuse(`has ${shown} in ${what}${escaped}; use letters, digits, -, ., _ and ~ only`);
  }
  return { ok: true, text };
}

function refuse(reason: string): { ok: false; reason: string } {
  return { ok: false, reason };
}
