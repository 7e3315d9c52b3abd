/**
 * Recognises Microsoft short links in content and reads their id:
 *
 *   https://go.microsoft.com/fwlink/p/?linkid=842054   → 842054
 *   https://go.microsoft.com/fwlink/?LinkID=2146241    → 2146241 (the key in any case)
 *   https://go.microsoft.com/fwlink/p/?linkid-2022029  → malformed ("linkid-2022029" has no =)
 *   https://go.microsoft.com/fwlink/?linked=862116     → malformed (linked is not linkid)
 */
export type FwlinkParse = { id: string } | { malformed: string } | undefined;

const FWLINK_PATH = /^\/fwlink(?:\/p)?\/?$/i;

export function parseFwlink(href: string): FwlinkParse {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return undefined;
  }
  if (url.hostname.toLowerCase() !== 'go.microsoft.com' || !FWLINK_PATH.test(url.pathname)) return undefined;
  const id = linkIdOf(url.searchParams);
  if (id !== undefined && /^\d+$/.test(id)) return { id };
  return { malformed: url.search || '(no query)' };
}

/** The `linkid` parameter, whatever its case (`linkid`, `LinkId`, `LinkID`). */
export function linkIdOf(params: URLSearchParams): string | undefined {
  for (const [key, value] of params) if (key.toLowerCase() === 'linkid') return value.trim();
  return undefined;
}

/** The site's own short link for a locale: `/fwlink/842054/nl-nl/`, a static page on any host. */
export function shortLinkPath(id: string, locale?: string): string {
  return locale ? `/fwlink/${id}/${locale}/` : `/fwlink/${id}/`;
}
