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

/** An article as a listing names it: enough to say it exists, its title and its file. */
export interface ListedArticle {
  locale: string;
  slug: string;
  path: string;
  title: string;
}

/** The facts a listing of the site's articles does not already hold (`factsBesideListing`). */
export interface FactsBesideListing {
  sourceLocale: string;
  shortLinkIds: string[];
  /** Every file but the listed articles, which `siteFactsFrom` adds back. */
  files: [string, string, string?][];
}

/** Why an article's file is not a picture an article may show (render-plan.ts refuses every article so). */
export const ARTICLE_NOT_A_PICTURE = 'it is an article, not a picture';

const articleKey = (a: ListedArticle) => `${a.locale}/${a.slug}`;
const articleFile = (a: ListedArticle): [string, string, string] => [a.path.toLowerCase(), a.path, ARTICLE_NOT_A_PICTURE];

/**
 * What `astro dev` must carry besides its article listing to render any article: the facts without what
 * the listing says again (every article's key, title and file, three quarters of the facts). Astro hands
 * its data store to the pages as one module that is parsed in full on the first request and after every
 * change, so each megabyte left out is about 0.1 s off the dev server's first page.
 */
export function factsBesideListing(facts: SiteFacts, listed: readonly ListedArticle[]): FactsBesideListing {
  const derived = new Set(listed.map((a) => articleFile(a).join('\0')));
  return { sourceLocale: facts.sourceLocale, shortLinkIds: facts.shortLinkIds, files: facts.files.filter((f) => !derived.has(f.join('\0'))) };
}

/** The site's facts again from a listing and what is beside it (the inverse of `factsBesideListing`). */
export function siteFactsFrom(listed: readonly ListedArticle[], beside: FactsBesideListing): SiteFacts {
  return {
    sourceLocale: beside.sourceLocale,
    articles: listed.map(articleKey),
    titles: listed.map((a) => [articleKey(a), a.title]),
    files: [...listed.map(articleFile), ...beside.files],
    shortLinkIds: beside.shortLinkIds,
  };
}
