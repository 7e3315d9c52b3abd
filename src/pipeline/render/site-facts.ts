/**
 * What rendering one article needs to know about the rest of the site, as plain data: which articles exist
 * (links), their titles (empty links), which files exist (images), which short links are registered. Plain
 * data so it can be handed to render workers once; `contextMaker` turns it into a RenderContext per article.
 */
import { t } from '../../i18n/ui-strings.ts';
import type { JobPartial } from '../includes.ts';
import { createSiteIndex, resolveLink } from '../link-resolver.ts';
import { slugFromPath } from '../slug.ts';
import type { RenderContext } from './context.ts';

export interface SiteFacts {
  sourceLocale: string;
  /** `locale/slug` of every article. */
  articles: string[];
  /** `locale/slug` → title. */
  titles: [string, string][];
  /** Lowercased content path → real content path, of every file, and why it may not be published, if so. */
  files: [string, string, string?][];
  shortLinkIds: string[];
}

export interface RenderJob {
  key: string;
  path: string;
  locale: string;
  /** The whole file as text (BOM removed). */
  text: string;
  /** The partials the article may include, read by the pipeline (only this article's, found by src/pipeline/includes.ts). */
  partials?: JobPartial[];
  /** Include paths that lead to no partial, with the closest existing one. */
  near?: [string, string][];
}

/** A render job as planned: its text is read when it is sent (article-text.ts), by the file's blob hash. */
export type PlannedJob = Omit<RenderJob, 'text'> & { hash: string };

export function contextMaker(facts: SiteFacts): (path: string, locale: string, job?: Pick<RenderJob, 'partials' | 'near'>) => RenderContext {
  const index = createSiteIndex(facts.articles, facts.sourceLocale, new Set(facts.shortLinkIds));
  const titles = new Map(facts.titles);
  const files = new Map(facts.files.map(([lower, path, refused]) => [lower, { path, refused }]));
  const titleOf = (contentPath: string) => {
    const [locale = '', ...rest] = contentPath.split('/');
    const slug = slugFromPath(rest.join('/'));
    return titles.get(`${locale}/${slug}`) ?? titles.get(`${facts.sourceLocale}/${slug}`);
  };
  return (path, locale, job) => ({
    locale,
    path,
    resolveLink: (href, from = path) => resolveLink(href, from, index),
    titleOf,
    findFile: (p) => files.get(p.toLowerCase()),
    label: (key) => t(locale, key),
    sourceLocale: facts.sourceLocale,
    ...(job?.partials?.length ? { partials: new Map(job.partials.map((p) => [p.key, p])) } : {}),
    ...(job?.near?.length ? { nearPartials: new Map(job.near) } : {}),
  });
}
