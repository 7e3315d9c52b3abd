/**
 * A message as an HTML string, for pages stamped outside Astro's renderer (article-parts.ts) and for
 * `set:html` in components. The template's text is escaped and every value sits in its own `<bdi>` (why:
 * message.ts).
 *
 *   messageHtml('Last updated: {date}', { date: { html: '<time datetime="2021-08-05">5 באוגוסט 2021</time>' } })
 *   → 'Last updated: <bdi><time datetime="2021-08-05">5 באוגוסט 2021</time></bdi>'
 */
import { escapeText } from '../article-pages/html-escape.ts';
import { messageParts } from './message.ts';

/** Text to escape, or markup the caller built and escaped (a `<time>`, a link). */
export type MessageValue = string | { html: string };

export function messageHtml(template: string, values: Readonly<Record<string, MessageValue>>): string {
  return messageParts(template, values)
    .map((part) => (typeof part === 'string' ? escapeText(part) : `<bdi>${typeof part.value === 'string' ? escapeText(part.value) : part.value.html}</bdi>`))
    .join('');
}
