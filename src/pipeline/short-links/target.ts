/**
 * A registry destination (`target:` and `locales:` in fwlinks.yml, `to:` in redirects.yml): a site path or
 * an https URL, judged first by the project's one URL judge (src/pipeline/url-safety.ts) as a Location a
 * host sends, then for what the host-rule formats can carry.
 *
 *   "/{locale}/pay/#update-a-credit-card"      → site path
 *   "https://example.com/search?q=a&lang=nl"   → https
 *   "https://example.com/a b", "https://x/$host", "https://x/\"" → refused: spaces, $, quotes break the rules
 */
import { judgeUrl } from '../url-safety.ts';
import { judgeSitePath, type SitePath } from './site-path.ts';

export type Target = { ok: true; kind: 'https'; url: string } | (Extract<SitePath, { ok: true }> & { kind: 'site' }) | { ok: false; reason: string };

/**
 * Characters an https target may not have: whitespace and controls (they split or end a rule line), quotes,
 * `<>` and backticks (never literal in a URL, and they end attributes and strings), `{ } ; $ \` (nginx
 * blocks, directive ends, variables, escapes; `;` and quotes also end the URL of the static redirect
 * page's `<meta http-equiv="refresh" content="0; url=…">`), invisible format characters (a reader cannot
 * see them) and lone surrogates (not text). A real URL writes any of them percent-encoded.
 */
const HTTPS_FORBIDDEN = /[\p{White_Space}\p{Cc}\p{Cf}\p{Cs}"'`<>{};$\\]/u;

export function judgeTarget(value: string): Target {
  const verdict = judgeUrl(value, 'redirect');
  // url-safety's reasons do not all say how to fix; a registry message always does.
  if (!verdict.ok) return { ok: false, reason: verdict.reason.includes('; ') ? verdict.reason : `${verdict.reason}; write a site path (/{locale}/slug/) or an https:// URL` };
  if (!value.startsWith('/')) {
    // judgeUrl let only https through; the host rules and expand() read it by this exact prefix.
    if (!/^https:\/\/[^/]/i.test(value)) return { ok: false, reason: 'is not written as https://host/…; write the full URL' };
    const bad = HTTPS_FORBIDDEN.exec(value)?.[0];
    if (bad !== undefined) return { ok: false, reason: `contains ${describe(bad)}, which no server rule can carry; ${/[\p{Cc}\p{Cf}]/u.test(bad) ? 'remove it' : `write it percent-encoded, as ${encodeURIComponent(bad)}`}` };
    if (!URL.canParse(value)) return { ok: false, reason: 'is not a valid URL; check the host name and the escapes' };
    return { ok: true, kind: 'https', url: value };
  }
  const path = judgeSitePath(value, 'target');
  return path.ok ? { ...path, kind: 'site' } : path;
}

function describe(ch: string): string {
  return /[\p{L}\p{N}\p{P}\p{S}]/u.test(ch) ? JSON.stringify(ch) : `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}
