/**
 * Messages with values, for pages in any direction. Every value is isolated (`<bdi>`): a date, a language
 * name, a query or a title keeps its own order inside the sentence, and the sentence keeps its order around
 * it, even when one is right to left and the other left to right ("עודכן לאחרונה: 5 באוגוסט 2021" with a
 * query "365 Office" does not become "Office 365"). Runs in the browser too (search-ui.ts), so it imports
 * nothing. The HTML-string twin for pages written outside Astro is message-html.ts.
 *
 * Values go in by splitting the template, never through `String.prototype.replace(pattern, string)`, where
 * `$&` or `$'` in a reader's query would be read as patterns (see fill.ts).
 */

export type MessagePart<T> = string | { name: string; value: T };

const PLACEHOLDER = /\{([a-zA-Z]+)\}/g;

/** `'Results for “{q}”', { q: 'x' }` → `['Results for “', { name: 'q', value: 'x' }, '”']`. Unknown names stay text. */
export function messageParts<T>(template: string, values: Readonly<Record<string, T>>): MessagePart<T>[] {
  const parts: MessagePart<T>[] = [];
  let last = 0;
  for (const match of template.matchAll(PLACEHOLDER)) {
    const name = match[1]!;
    if (!Object.prototype.hasOwnProperty.call(values, name)) continue;
    if (match.index > last) parts.push(template.slice(last, match.index));
    parts.push({ name, value: values[name]! });
    last = match.index + match[0].length;
  }
  if (last < template.length) parts.push(template.slice(last));
  return parts;
}

/** The names of a template's placeholders, in order: `'{count} results for “{q}”'` → `['count', 'q']`. */
export function placeholders(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((match) => match[1]!);
}

/**
 * A plural message's form for `count` in language `lang`, by CLDR's rules (`Intl.PluralRules`): Polish
 * 1 artykuł, 2 artykuły, 5 artykułów. A browser whose CLDR knows a category the file does not gets `other`.
 */
export function pluralForm(forms: Readonly<Partial<Record<Intl.LDMLPluralRule, string | undefined>>>, count: number, lang: string): string {
  return forms[new Intl.PluralRules(lang).select(count)] ?? forms.other ?? '';
}

/** A count as the reader writes numbers: `1234` → `1.234` in German, `١٬٢٣٤` in Arabic. */
export function formatCount(count: number, lang: string): string {
  return new Intl.NumberFormat(lang).format(count);
}

/** DOM nodes for a message, each value in its own `<bdi>`. For the browser only. */
export function messageNodes(template: string, values: Readonly<Record<string, string>>): Node[] {
  return messageParts(template, values).map((part) => {
    if (typeof part === 'string') return document.createTextNode(part);
    const bdi = document.createElement('bdi');
    bdi.textContent = part.value;
    return bdi;
  });
}
