/**
 * Link checks over the content itself, from what the pipeline collected while rendering: no site build
 * needed. Each finding names the Markdown file, line and column, the bad value and a fix.
 *
 * Rules: link/missing-article, link/missing-anchor, link/other-locale, short-link/unregistered,
 * link/punctuation-text, link/glued, link/insecure (plus the pipeline's own: short-link/malformed,
 * link/empty-text, redirect/*, short-link/*).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../../../src/pipeline/article-schema.ts';
import type { Diagnostic } from '../../../src/pipeline/diagnostics.ts';
import { didYouMean } from '../../../src/pipeline/did-you-mean.ts';
import { messages } from '../../../src/pipeline/messages.ts';
import { slugFromPath } from '../../../src/pipeline/slug.ts';

/** Languages whose words are separated by spaces: only there is a link glued to a word a mistake. */
const UNSPACED = new Set(['ja', 'zh', 'th', 'ko']);

export interface SourceCheckInput {
  articles: Article[];
  contentDir: string;
  /** How paths are shown: `content/nl-nl/a.md`. */
  show: (path: string) => string;
  /** Whether a short-link registry exists; without one, unregistered ids are not worth a warning each. */
  hasRegistry: boolean;
  sourceLocale: string;
}

export function checkSources({ articles, contentDir, show, hasRegistry, sourceLocale }: SourceCheckInput): Diagnostic[] {
  const found: Diagnostic[] = [];
  const byUrl = new Map(articles.map((a) => [a.url, a]));
  const sourceBySlug = new Map(articles.filter((a) => a.locale === sourceLocale).map((a) => [a.slug, a]));
  const slugsByLocale = new Map<string, string[]>();
  for (const a of articles) {
    const slugs = slugsByLocale.get(a.locale) ?? [];
    slugs.push(a.slug);
    slugsByLocale.set(a.locale, slugs);
  }

  const partialTexts = new Map<string, string>();
  // A link in a partial is reported at the partial's line, once, however many articles include it.
  const reported = new Set<string>();
  const push = (finding: Diagnostic, fromPartial: boolean) => {
    const key = JSON.stringify(finding);
    if (fromPartial && reported.has(key)) return;
    reported.add(key);
    found.push(finding);
  };
  const read = (path: string) => readFileSync(join(contentDir, path), 'utf8');
  for (const a of articles) {
    let source: string | undefined;
    const ids = new Set(a.ids);
    for (const link of a.links) {
      const path = link.source ?? a.path;
      const next = (offset: number) => {
        if (link.source === undefined) return (source ??= read(a.path)).slice(offset, offset + 12);
        if (!partialTexts.has(path)) partialTexts.set(path, read(path));
        return partialTexts.get(path)!.slice(offset, offset + 12);
      };
      const at = { file: show(path), ...(link.line ? { line: link.line } : {}), ...(link.column ? { column: link.column } : {}) };
      const report = (finding: Diagnostic) => push(finding, link.source !== undefined);
      if (link.kind === 'article' && link.target) {
        const [locale = '', ...rest] = link.target.split('/');
        const slug = slugFromPath(rest.join('/'));
        if (!link.found) {
          const near = didYouMean(slug, slugsByLocale.get(locale) ?? []);
          report(messages.missingArticle(at, link.original, near ? `${near}.md` : undefined));
          continue;
        }
        if (locale !== a.locale) report(messages.otherLocale(at, link.original, locale));
        // The page the link lands on: the article itself, or the source locale's when it is not translated.
        const target = byUrl.get(link.href.split('#')[0] ?? '') ?? sourceBySlug.get(slug);
        if (link.fragment && target && !target.ids.includes(link.fragment)) {
          report(messages.missingAnchor(at, link.original, link.fragment, target.url, didYouMean(link.fragment, target.ids)));
        }
      } else if (link.kind === 'fragment' && link.fragment && link.fragment !== 'top' && !ids.has(link.fragment)) {
        report(messages.missingAnchor(at, link.original, link.fragment, a.url, didYouMean(link.fragment, ids)));
      } else if (link.kind === 'short-link' && link.shortLinkId && hasRegistry && link.href === link.original) {
        report(messages.unregisteredShortLink(at, link.original, link.shortLinkId));
      } else if (link.kind === 'external' && /^http:\/\//i.test(link.original)) {
        report(messages.insecureLink(at, link.original));
      }
      if (link.text !== '' && /^[\p{P}\p{S}\s]+$/u.test(link.text)) report(messages.punctuationLink(at, link.original, link.text));
      if (link.endOffset !== undefined && !UNSPACED.has(a.lang.split('-')[0] ?? '')) {
        const after = next(link.endOffset);
        // `[text](url)meer` — a letter right after the link (bold markers in between are fine to skip).
        const glued = /^[*_]{0,2}(\p{L}[\p{L}\p{N}]*)/u.exec(after)?.[1];
        if (glued) report(messages.gluedLink(at, link.original, glued));
      }
    }
  }
  return found;
}
