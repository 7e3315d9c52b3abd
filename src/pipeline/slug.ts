/**
 * URL slugs from content paths, deterministically, so a link can be resolved from its path alone.
 *
 *   "Change-your-password-in-Outlook.com.md"            → "change-your-password-in-outlook.com"
 *   "calendar-icon-isn't-showing-in-msteams-client.md"  → "calendar-icon-isnt-showing-in-msteams-client"
 *   "run-windows-memory-diagnostics -in-windows-10.md"  → "run-windows-memory-diagnostics-in-windows-10"
 *   "restore-…-using-eac\u200B\u200B.md"                → "restore-…-using-eac"
 *   "commercial-dialogues/Add A Domain.md"              → "commercial-dialogues/add-a-domain"
 */

/** Zero-width characters and bidi controls: invisible in a file name, never wanted in a URL. */
const INVISIBLE = /[\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;
const APOSTROPHES = /['\u2018\u2019\u02BC`\u00B4]/g;
/** Spaces, hyphens and dashes of every kind (en dash, em dash, minus) become one hyphen. */
const SEPARATORS = /[\s\u2010-\u2015\u2212-]+/gu;
/** Anything else that is not a letter, digit or dot would need escaping in a URL. */
const UNSAFE = /[^\p{L}\p{M}\p{N}._-]+/gu;

export function slugFromPath(relativePath: string): string {
  return relativePath
    .replace(/\.md$/i, '')
    .split('/')
    .map(slugifySegment)
    .filter((segment) => segment !== '')
    .join('/');
}

function slugifySegment(segment: string): string {
  return segment
    .normalize('NFC')
    .replace(INVISIBLE, '')
    .replace(APOSTROPHES, '')
    .toLowerCase()
    .replace(SEPARATORS, '-')
    .replace(UNSAFE, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '');
}

/** The site path of an article: `/nl-nl/declined-credit-card/`. */
export function articleUrl(localeFolder: string, slug: string): string {
  return `/${localeFolder}/${slug}/`;
}
