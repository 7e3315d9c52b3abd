/**
 * The one judge of URLs that come from content: article links and images, registry targets (fwlinks.yml,
 * redirects.yml) and the host rules written from them. Everyone who puts a content URL into a page or a
 * server's configuration asks here, with the value exactly as it will be published.
 *
 * A URL is read the way a browser reads it (WHATWG URL standard): leading and trailing C0 controls and
 * spaces are stripped, tabs and newlines anywhere are removed, and the scheme is the run of ASCII letters,
 * digits, `+`, `-` and `.` before the first `:` (starting with a letter). Entities are already decoded by
 * the HTML and Markdown parsers before a value reaches this module.
 *
 * Being stricter than a browser is safe, being looser is not. So a value is also refused when it would
 * become a script URL after any Unicode space, invisible or control character were removed from it
 * (`&nbsp;javascript:`, U+2028, U+FEFF, U+3000 before the scheme): a browser would read those as a harmless
 * relative path, but one `trim()` in any tool on the way turns them into a live `javascript:` link.
 *
 *   "JaVa\tScript:x"            → refused (browser: javascript:)
 *   "\u00A0javascript:x"        → refused (javascript: once the space is trimmed)
 *   "ms-settings:windowsupdate" → a link (an app link runs no script)
 *   "data:image/png;base64,…"   → an image only
 *   "/nl-nl/a/"                 → a link, an image and a redirect target
 */

/** App links found in real help content (`ms-settings:windowsupdate`, `feedback-hub:`): they open an app, run no script. */
const APP_SCHEMES = ['feedback-hub', 'msteams', 'onenote', 'skype', 'tel', 'sip', 'callto', 'sms'];
const LINK_SCHEMES = new Set(['http', 'https', 'mailto', ...APP_SCHEMES]);
const IMAGE_SCHEMES = new Set(['http', 'https']);
const DATA_IMAGE = /^data:image\/(?:png|gif|jpeg|webp);base64,[a-z0-9+/=\s]+$/i;
/** Schemes that run code or show a document of the attacker's choosing on some origin. */
const SCRIPT_SCHEMES = new Set(['javascript', 'vbscript', 'livescript', 'data', 'blob', 'file', 'filesystem', 'jar', 'view-source', 'wyciwyg']);

/** WHATWG: strip leading/trailing C0 control or space, remove every ASCII tab or newline. */
export function asBrowserReadsIt(url: string): string {
  return url.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '').replace(/[\t\n\r]/g, '');
}

/** The scheme a browser sees, lowercase, or undefined for a relative URL. */
export function schemeOf(url: string): string | undefined {
  return /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(asBrowserReadsIt(url))?.[1]?.toLowerCase();
}

/** What any tool might make of the value: every space, invisible and control character gone. */
function withoutInvisibles(url: string): string {
  return url.replace(/[\p{White_Space}\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, '');
}

/**
 * Where the URL is used:
 * - `link`: an `href` (or `cite`) in an article: relative, http(s), mailto and app links;
 * - `image`: an `<img src>`: relative, http(s) and inline PNG/GIF/JPEG/WebP;
 * - `redirect`: a registry target or a `Location` the host sends: a site path (`/…`, never `//` or `/\`,
 *   which browsers read as another host) or https.
 */
export type UrlUse = 'link' | 'image' | 'redirect';

export type UrlVerdict = { ok: true } | { ok: false; reason: string };

export function judgeUrl(url: string, use: UrlUse): UrlVerdict {
  const read = asBrowserReadsIt(url);
  const scheme = schemeOf(read);
  const hidden = schemeOf(withoutInvisibles(url));
  if (hidden !== undefined && hidden !== scheme && SCRIPT_SCHEMES.has(hidden)) {
    return { ok: false, reason: `hides the ${hidden}: scheme behind invisible or space characters` };
  }
  if (use === 'redirect') {
    if (read !== url) return { ok: false, reason: 'has spaces or control characters around it or inside it' };
    if (scheme === undefined) {
      if (!read.startsWith('/')) return { ok: false, reason: 'is neither a site path nor an https URL; start it with / or https://' };
      if (read.startsWith('//') || read.includes('\\')) return { ok: false, reason: 'starts with // or contains \\, which browsers read as another host' };
      return { ok: true };
    }
    return scheme === 'https' ? { ok: true } : { ok: false, reason: scheme === 'http' ? 'is not https; use an https:// URL' : `uses the ${scheme}: scheme; use a site path (/{locale}/slug/) or an https:// URL` };
  }
  if (scheme === undefined) return { ok: true }; // relative: resolved against this site
  if (use === 'image') {
    if (IMAGE_SCHEMES.has(scheme) || DATA_IMAGE.test(read)) return { ok: true };
    return { ok: false, reason: `uses the ${scheme}: scheme, which is not allowed for a picture` };
  }
  // Every Windows and Office app scheme starts with ms- (ms-settings, ms-word, ms-windows-store).
  if (LINK_SCHEMES.has(scheme) || /^ms-[a-z0-9-]+$/.test(scheme)) return { ok: true };
  return { ok: false, reason: `uses the ${scheme}: scheme, which could run code or leave the reader on a page we cannot vouch for` };
}

export function isSafeUrl(url: string, isImage = false): boolean {
  return judgeUrl(url, isImage ? 'image' : 'link').ok;
}
