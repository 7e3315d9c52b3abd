/**
 * Which URLs may appear in an article. Browsers ignore tabs, newlines and control characters inside a
 * scheme (`java\tscript:`), and schemes are case-insensitive, so both are normalised before the check.
 */
/** App links found in real help content (`ms-settings:windowsupdate`, `feedback-hub:`): they open an app, run no script. */
const APP_SCHEMES = ['feedback-hub', 'msteams', 'onenote', 'skype', 'tel', 'sip', 'callto', 'sms'];
const LINK_SCHEMES = new Set(['http', 'https', 'mailto', ...APP_SCHEMES]);
const DATA_IMAGE = /^data:image\/(?:png|gif|jpeg|webp);base64,[a-z0-9+/=\s]+$/i;

export function isSafeUrl(url: string, isImage = false): boolean {
  const cleaned = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(cleaned)?.[1]?.toLowerCase();
  if (scheme === undefined) return true; // relative: resolved against this site
  if (isImage) return scheme === 'https' || scheme === 'http' || DATA_IMAGE.test(cleaned);
  // Every Windows and Office app scheme starts with ms- (ms-settings, ms-word, ms-windows-store).
  return LINK_SCHEMES.has(scheme) || /^ms-[a-z0-9-]+$/.test(scheme);
}
