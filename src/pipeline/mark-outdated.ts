/**
 * A translation whose source changed since it was made (its `ms.openlocfilehash` differs from the source's blob
 * hash) gets the date of that change, if git knows it (git-history.ts): the page shows an outdated notice.
 * Git is asked only when some translation is stale.
 */
import { readSourceHistory } from './git-history.ts';
import type { LoadedArticle } from './loaded-content.ts';

export function markOutdated(articles: LoadedArticle[], contentDir: string, sourceLocale: string): void {
  const sources = new Map(articles.filter((a) => a.data.locale === sourceLocale).map((a) => [a.data.slug, a.data]));
  const stale = articles.filter((a) => {
    const source = sources.get(a.data.slug);
    return a.data.locale !== sourceLocale && source !== undefined && a.data.sourceHash !== undefined && a.data.sourceHash !== source.hash;
  });
  if (stale.length === 0) return;
  const history = readSourceHistory(contentDir, sourceLocale);
  for (const a of stale) {
    const changed = history.changedSince(sources.get(a.data.slug)!.path, a.data.sourceHash!);
    if (changed) a.data.sourceChangedOn = changed;
  }
}
