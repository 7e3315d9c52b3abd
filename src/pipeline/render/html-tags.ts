/**
 * The HTML that may appear in an article, shared by the remark step (which turns every other tag-like text,
 * such as `<mailboxname>`, into visible text) and the sanitizer (which enforces it on the parsed tree).
 */
export const ALLOWED_TAGS = new Set([
  'a', 'abbr', 'b', 'blockquote', 'br', 'caption', 'code', 'dd', 'del', 'div', 'dl', 'dt', 'em', 'h1', 'h2',
  'h3', 'h4', 'h5', 'h6', 'hr', 'i', 'img', 'input', 'ins', 'kbd', 'li', 'mark', 'ol', 'p', 'pre', 's', 'samp', 'small',
  'span', 'strike', 'strong', 'sub', 'sup', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'u', 'ul',
]);

/** Elements whose content is dropped with them: text inside them was never meant to be read. */
export const STRIPPED_TAGS = ['script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'svg', 'math', 'template', 'noscript', 'textarea', 'title', 'select', 'option'];

/**
 * Tags that are markup even when written bare: they go to the sanitizer, which removes and reports them.
 * Any other unknown tag without attributes (`<mailboxname>`, `<address>`) is a placeholder shown as text.
 */
export const MARKUP_TAGS = new Set([
  ...STRIPPED_TAGS, 'meta', 'base', 'link', 'form', 'button', 'input', 'video', 'audio', 'source', 'track',
  'details', 'summary', 'dialog', 'marquee', 'body', 'html', 'head', 'frame', 'portal', 'param', 'isindex',
]);

/** `<a name="x">`, `</B>`, `<br/>` → the lowercase tag name; `undefined` for text that is not one tag. */
export function tagName(html: string): string | undefined {
  const match = /^<\/?([a-zA-Z][a-zA-Z0-9]*)(?:\s[^<>]*)?\/?>$/.exec(html.trim());
  return match?.[1]?.toLowerCase();
}

/** `<a name="declined-credit-card">` or `<a id="…">` → its name; the docfx legacy anchor convention. */
export function legacyAnchorName(html: string): string | undefined {
  const match = /^<a\s+(?:name|id)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))\s*\/?>$/i.exec(html.trim());
  const name = match?.[1] ?? match?.[2] ?? match?.[3];
  return name?.trim() || undefined;
}
