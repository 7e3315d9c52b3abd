/**
 * Checks each translation against its source: the same legacy anchors, the same links to articles and the
 * same short links, a translated title, and consistent front matter. Findings use the link check's format
 * (rule id, file:line, value, fix) and reporters.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../../../src/pipeline/article-schema.ts';
import type { Diagnostic } from '../../../src/pipeline/diagnostics.ts';
import type { UnreadableArticle } from '../../../src/pipeline/l10n-status.ts';
import { messages } from '../../../src/pipeline/messages.ts';
import { readFrontMatter } from '../../../src/pipeline/front-matter.ts';
import { slugFromPath } from '../../../src/pipeline/slug.ts';
import { checkAnchorParity } from '../link-check/anchor-parity.ts';

/**
 * `unreadable`: article files the build could not read (l10n-status.ts `unreadableArticles`). They cannot be
 * checked, so their own errors are findings: a broken translation never passes (nor a broken source).
 */
export function checkTranslations(articles: Article[], contentDir: string, sourceLocale: string, show: (path: string) => string, unreadable: readonly UnreadableArticle[] = []): Diagnostic[] {
  const found = [...unreadable.flatMap((u) => u.diagnostics), ...checkAnchorParity(articles, sourceLocale, show)];
  const sources = new Map(articles.filter((a) => a.locale === sourceLocale).map((a) => [a.slug, a]));
  for (const t of articles) {
    const source = sources.get(t.slug);
    if (t.locale === sourceLocale || !source) continue;
    const file = show(t.path);
    let keyLines: ReadonlyMap<string, number> | undefined;
    const line = (key: string) => {
      // Read again only for a finding; the build read this file already, so it reads.
      if (!keyLines) {
        const read = readFrontMatter(readFileSync(join(contentDir, t.path), 'utf8').replace(/^\uFEFF/, ''), file);
        keyLines = read.ok ? read.frontMatter.keyLines : new Map();
      }
      return { file, line: keyLines.get(key) ?? 1 };
    };
    if (t.title.trim() === source.title.trim() && t.title.trim() !== '') found.push(messages.untranslatedTitle(line('title'), t.title));
    if (t.translationType === undefined) found.push(messages.missingTranslationField(line('title'), 'ms.translationtype', 'MT, HT or Auto'));
    if (t.sourceHash === undefined) found.push(messages.missingTranslationField(line('title'), 'ms.openlocfilehash', `the source's git blob hash, ${source.hash}`));
    const targets = (a: Article) => new Set(a.links.filter((l) => l.kind === 'article' && l.target).map((l) => `${slugFromPath(l.target!.split('/').slice(1).join('/'))}${l.fragment ? `#${l.fragment}` : ''}`));
    const shortLinks = (a: Article) => new Set(a.links.map((l) => l.shortLinkId).filter((id): id is string => id !== undefined));
    const have = targets(t);
    for (const target of targets(source)) if (!have.has(target)) found.push(messages.droppedLink({ file, line: 1 }, target, show(source.path)));
    const haveShort = shortLinks(t);
    for (const id of shortLinks(source)) if (!haveShort.has(id)) found.push(messages.droppedShortLink({ file, line: 1 }, id, show(source.path)));
  }
  return found;
}
