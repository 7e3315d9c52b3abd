/**
 * Translation status per locale, for localization teams: what is translated, missing and outdated, machine
 * vs human translated. Missing and outdated work is sorted the way teams plan it: by
 * `localization_priority` (Critical, Priority, Normal, Once), then oldest first.
 *
 * Outdated: the source's current git blob hash differs from the translation's `ms.openlocfilehash`.
 * Used by `npm run l10n:status` and by the site's /l10n/ page.
 */
import type { ArticlePage } from './article-schema.ts';
import { PRIORITIES } from './front-matter-schema.ts';

export interface WorkItem {
  /** Content path of the source: `en-us/declined-credit-card.md`. */
  source: string;
  /** Content path of the translation (outdated items only). */
  translation?: string;
  title: string;
  priority: (typeof PRIORITIES)[number];
  /** ISO date the work is measured from: the source's date (missing), or when the source changed (outdated). */
  since?: string | undefined;
}

export interface LocaleStatus {
  locale: string;
  translated: number;
  missing: WorkItem[];
  outdated: WorkItem[];
  machine: number;
  human: number;
  /** Translations whose source is in the site, so their freshness is known. */
  withSource: number;
}

export interface StatusReport {
  sourceLocale: string;
  sourceArticles: number;
  locales: LocaleStatus[];
}

/** What the report reads of an article: the site's pages and the l10n tools both have this much. */
export type StatusArticle = Pick<ArticlePage, 'locale' | 'slug' | 'path' | 'title' | 'hash' | 'priority' | 'date' | 'lastHandoff' | 'translationType' | 'sourceHash' | 'sourceChangedOn'>;

export function translationStatus(articles: readonly StatusArticle[], sourceLocale: string, only?: string): StatusReport {
  const sources = articles.filter((a) => a.locale === sourceLocale);
  const locales = [...new Set(articles.map((a) => a.locale))].filter((l) => l !== sourceLocale && (!only || l === only)).sort();
  const byLocale = new Map<string, Map<string, StatusArticle>>();
  for (const a of articles) {
    if (!byLocale.has(a.locale)) byLocale.set(a.locale, new Map());
    byLocale.get(a.locale)!.set(a.slug, a);
  }
  return {
    sourceLocale,
    sourceArticles: sources.length,
    locales: locales.map((locale) => {
      const have = byLocale.get(locale) ?? new Map<string, StatusArticle>();
      const missing: WorkItem[] = [];
      const outdated: WorkItem[] = [];
      let withSource = 0;
      for (const source of sources) {
        const translation = have.get(source.slug);
        if (!translation) {
          missing.push({ source: source.path, title: source.title, priority: source.priority, since: source.date ?? source.lastHandoff });
          continue;
        }
        withSource++;
        if (translation.sourceHash !== undefined && translation.sourceHash !== source.hash) {
          outdated.push({ source: source.path, translation: translation.path, title: translation.title, priority: translation.priority, since: translation.sourceChangedOn ?? translation.lastHandoff });
        }
      }
      const all = [...have.values()];
      return {
        locale,
        translated: all.length,
        missing: sortWork(missing),
        outdated: sortWork(outdated),
        machine: all.filter((a) => a.translationType === 'MT' || a.translationType === 'Auto').length,
        human: all.filter((a) => a.translationType === 'HT').length,
        withSource,
      };
    }),
  };
}

/** Critical first; within a priority, the oldest (unknown dates last). */
function sortWork(items: WorkItem[]): WorkItem[] {
  const rank = (p: WorkItem['priority']) => PRIORITIES.indexOf(p);
  return items.sort((a, b) => rank(a.priority) - rank(b.priority) || (a.since ?? '9999').localeCompare(b.since ?? '9999') || a.source.localeCompare(b.source, 'en'));
}

export function statusMarkdown(report: StatusReport): string {
  const lines = [`# Translation status`, '', `Source locale: ${report.sourceLocale} (${report.sourceArticles} articles)`, ''];
  if (report.sourceArticles === 0) lines.push(`This content has no ${report.sourceLocale} articles, so nothing can be missing or outdated: only the counts below are known.`, '');
  lines.push('| locale | translated | missing | outdated | machine | human |', '| --- | ---: | ---: | ---: | ---: | ---: |');
  for (const l of report.locales) lines.push(`| ${l.locale} | ${l.translated} | ${l.missing.length} | ${l.outdated.length} | ${l.machine} | ${l.human} |`);
  for (const l of report.locales) {
    for (const [name, items] of [['Missing', l.missing], ['Outdated', l.outdated]] as const) {
      if (items.length === 0) continue;
      lines.push('', `## ${l.locale}: ${name.toLowerCase()}`, '');
      for (const item of items) lines.push(`- **${item.priority}** ${item.title} (\`${item.translation ?? item.source}\`${item.since ? `, since ${item.since}` : ''})`);
    }
  }
  return `${lines.join('\n')}\n`;
}
