/**
 * Which URLs may appear in an article. Browsers ignore tabs, newlines and control characters inside a
 * scheme (`java\tscript:`), and schemes are case-insensitive, so both are normalised before the check.
 */
export const APP_SCHEMES = ['ms-settings', 'ms-windows-store', 'ms-word', 'ms-excel', 'ms-powerpoint', 'ms-outlook', 'ms-teams', 'msteams', 'onenote', 'tel', 'sip', 'callto'];
const LINK_SCHEMES = new Set(['http', 'https', 'mailto', ...APP_SCHEMES]);
const DATA_IMAGE = /^data:image\/(?:png|gif|jpeg|webp);base64,[a-z0-9+/=\s]+$/i;

export function isSafeUrl(url: string, isImage = false): boolean {
  const cleaned = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(cleaned)?.[1]?.toLowerCase();
  if (scheme === undefined) return true; // relative: resolved against this site
  if (isImage) return scheme === 'https' || scheme === 'http' || DATA_IMAGE.test(cleaned);
  return LINK_SCHEMES.has(scheme);
}
