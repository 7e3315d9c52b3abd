/**
 * Translation status per locale, for localization teams: what is translated, missing and outdated, machine
 * vs human translated. Missing and outdated work is sorted the way teams plan it: by
 * `localization_priority` (Critical, Priority, Normal, Once), then oldest first.
 *
 * Outdated: the source's current git blob hash differs from the translation's `ms.openlocfilehash`.
 * Used by `npm run l10n:status` and by the site's /l10n/ page.
 */
import type { ArticlePage, ManifestEntry } from './article-schema.ts';
import { formatDiagnostic, type Diagnostic } from './diagnostics.ts';
import { PRIORITIES } from './front-matter-schema.ts';
import { describeLocale } from './locales.ts';
import { slugFromPath } from './slug.ts';

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

/** A translation the build could not read (broken YAML, a bad value): broken, not missing. */
export interface BrokenItem {
  /** Content path of the translation: `nl-nl/declined-credit-card.md`. */
  translation: string;
  /** What is wrong, as the build says it: `content/nl-nl/….md:3:1 error [front-matter/yaml] …`. */
  problems: string[];
}

/** An article file that is in the content folder but not on the site, with the build's reasons. */
export interface UnreadableArticle {
  locale: string;
  path: string;
  diagnostics: Diagnostic[];
}

export interface LocaleStatus {
  locale: string;
  translated: number;
  missing: WorkItem[];
  outdated: WorkItem[];
  broken: BrokenItem[];
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

export interface StatusOptions {
  /** Only this locale. */
  locale?: string | undefined;
  /** Article files the build could not read: listed as broken, so their sources are not "missing". */
  unreadable?: readonly UnreadableArticle[];
}

export function translationStatus(articles: readonly StatusArticle[], sourceLocale: string, options: StatusOptions = {}): StatusReport {
  const only = options.locale;
  const unreadable = (options.unreadable ?? []).filter((u) => u.locale !== sourceLocale && (!only || u.locale === only));
  const sources = articles.filter((a) => a.locale === sourceLocale);
  const locales = [...new Set([...articles.map((a) => a.locale), ...unreadable.map((u) => u.locale)])].filter((l) => l !== sourceLocale && (!only || l === only)).sort();
  const byLocale = new Map<string, Map<string, StatusArticle>>();
  for (const a of articles) {
    if (!byLocale.has(a.locale)) byLocale.set(a.locale, new Map());
    byLocale.get(a.locale)!.set(a.slug, a);
  }
  return {
    sourceLocale,
    sourceArticles: sources.length,
    locales: locales.map((locale) => {
      const broken = unreadable.filter((u) => u.locale === locale);
      const brokenSlugs = new Set(broken.map((u) => slugFromPath(u.path.slice(locale.length + 1))));
      const have = byLocale.get(locale) ?? new Map<string, StatusArticle>();
      const missing: WorkItem[] = [];
      const outdated: WorkItem[] = [];
      let withSource = 0;
      for (const source of sources) {
        const translation = have.get(source.slug);
        if (!translation && brokenSlugs.has(source.slug)) continue;
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
        broken: broken.map((u) => ({ translation: u.path, problems: u.diagnostics.map(formatDiagnostic) })).sort((a, b) => a.translation.localeCompare(b.translation, 'en')),
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
  lines.push('| locale | translated | missing | outdated | machine | human | broken |', '| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const l of report.locales) lines.push(`| ${l.locale} | ${l.translated} | ${l.missing.length} | ${l.outdated.length} | ${l.machine} | ${l.human} | ${l.broken.length} |`);
  for (const l of report.locales) {
    if (l.broken.length > 0) {
      lines.push('', `## ${l.locale}: broken (not published until fixed)`, '');
      for (const item of l.broken) lines.push(`- \`${item.translation}\``, ...item.problems.map((p) => `  - \`${p.replace(/\n\s*/g, ' ')}\``));
    }
    for (const [name, items] of [['Missing', l.missing], ['Outdated', l.outdated]] as const) {
      if (items.length === 0) continue;
      lines.push('', `## ${l.locale}: ${name.toLowerCase()}`, '');
      for (const item of items) lines.push(`- **${item.priority}** ${item.title} (\`${item.translation ?? item.source}\`${item.since ? `, since ${item.since}` : ''})`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/**
 * The article files of a load that are not on the site (their read failed, or their URL is taken), with the
 * diagnostics that say why. `show` turns a content path into the file name diagnostics use.
 */
export function unreadableArticles(loaded: { manifest: readonly ManifestEntry[]; diagnostics: readonly Diagnostic[] }, show: (path: string) => string): UnreadableArticle[] {
  const byFile = new Map<string, Diagnostic[]>();
  for (const d of loaded.diagnostics) byFile.set(d.file, [...(byFile.get(d.file) ?? []), d]);
  return loaded.manifest
    .filter((e) => (e.kind === 'article' || e.kind === 'mdx') && e.url === undefined && e.locale !== undefined && describeLocale(e.locale).ok)
    .map((e) => ({ locale: e.locale!, path: e.path, diagnostics: byFile.get(show(e.path)) ?? [] }));
}
