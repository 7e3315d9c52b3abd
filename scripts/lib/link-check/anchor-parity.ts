/**
 * Anchor parity across locales: a translation keeps the legacy anchors (`<a name>`) of its source, since
 * links from other articles and short links rely on them. Without a source, the reference is what most of
 * the other translations have. Generated heading ids are not compared: they come from translated text.
 */
import type { Article } from '../../../src/pipeline/article-schema.ts';
import type { Diagnostic } from '../../../src/pipeline/diagnostics.ts';
import { messages } from '../../../src/pipeline/messages.ts';

export function checkAnchorParity(articles: Article[], sourceLocale: string, show: (path: string) => string): Diagnostic[] {
  const groups = new Map<string, Article[]>();
  for (const a of articles) groups.set(a.slug, [...(groups.get(a.slug) ?? []), a]);
  const found: Diagnostic[] = [];
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const source = group.find((a) => a.locale === sourceLocale);
    for (const a of group) {
      if (a === source) continue;
      const have = new Set(a.anchors);
      let expected: string[];
      let reference: string;
      if (source) {
        expected = source.anchors;
        reference = show(source.path);
      } else {
        const others = group.filter((o) => o !== a);
        const counts = new Map<string, number>();
        for (const o of others) for (const anchor of new Set(o.anchors)) counts.set(anchor, (counts.get(anchor) ?? 0) + 1);
        expected = [...counts].filter(([, n]) => n > others.length / 2).map(([anchor]) => anchor);
        reference = `the other translations (${others.map((o) => o.locale).join(', ')})`;
      }
      for (const anchor of expected) if (!have.has(anchor)) found.push(messages.missingTranslationAnchor({ file: show(a.path), line: 1 }, anchor, reference));
    }
  }
  return found;
}
