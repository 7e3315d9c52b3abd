/**
 * An article page is its locale's shell with the article's parts put in. Astro renders the shell once per
 * locale (src/pages/article-shell/[locale].astro, with these markers as the parts); the build then stamps
 * every article into it. The markers are plain text Astro neither escapes nor minifies.
 */
import type { ArticleParts } from './article-parts.ts';
import { escapeText } from './html-escape.ts';

export const SHELL_MARKERS = {
  title: 'help-shell:title',
  head: '<!--help-shell:head-->',
  picker: '<!--help-shell:picker-->',
  main: '<!--help-shell:main-->',
} as const;

type Slot = keyof typeof SHELL_MARKERS;
const ORDER: readonly Slot[] = ['title', 'head', 'picker', 'main'];

export type StampArticle = (parts: ArticleParts) => string;

/** Splits a rendered shell at its markers once; the returned function joins one page per call. */
export function parseShell(html: string, where: string): StampArticle {
  const pieces: string[] = [];
  let rest = html;
  for (const slot of ORDER) {
    const marker = SHELL_MARKERS[slot];
    const at = rest.indexOf(marker);
    if (at === -1 || rest.indexOf(marker, at + marker.length) !== -1) {
      throw new Error(`${where}: the article shell must contain ${marker} exactly once, after the markers before it. Check ArticleShell.astro.`);
    }
    pieces.push(rest.slice(0, at));
    rest = rest.slice(at + marker.length);
  }
  pieces.push(rest);
  const [beforeTitle, beforeHead, beforePicker, beforeMain, end] = pieces as [string, string, string, string, string];
  return (parts) => beforeTitle + escapeText(parts.title) + beforeHead + parts.head + beforePicker + parts.picker + beforeMain + parts.main + end;
}
