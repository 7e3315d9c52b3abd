/**
 * Fills the `{name}` placeholders of a UI string, in one pass. Runs in the browser too (search-ui.ts), so
 * it imports nothing.
 *
 * Never `String.prototype.replace(pattern, string)` for this: in a string replacement `$&`, `$'` and `` $` ``
 * are patterns, so a reader's query `$'` would put the rest of the sentence into the heading. A function
 * replacement inserts the value as it is, and one pass never scans a value again (a query `{q}` stays `{q}`).
 *
 *   fill('Results for “{q}”', { q: "$'" })            → "Results for “$'”"
 *   fill('{language} … {source}', { language: 'X' })  → "X … {source}" (unknown names stay as written)
 */
export function fill(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{([a-zA-Z]+)\}/g, (placeholder, name: string) => (Object.prototype.hasOwnProperty.call(values, name) ? values[name]! : placeholder));
}
