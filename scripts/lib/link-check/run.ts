/**
 * The whole link check, as `npm run check:links` runs it: the pipeline's own diagnostics, the source checks,
 * anchor parity and, given a built site, the one-pass check of every internal link and anchor.
 */
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { sortDiagnostics, type Diagnostic } from '../../../src/pipeline/diagnostics.ts';
import { loadContentInParallel, type RenderCache } from '../../../src/pipeline/load-content.ts';
import { SHORT_LINKS_FILE } from '../../../src/pipeline/short-links/load-short-links.ts';
import { checkAnchorParity } from './anchor-parity.ts';
import { startBuiltCheck } from './built-site.ts';
import { applyConfig, linkCheckConfigSchema, type LinkCheckConfig } from './config.ts';
import { checkExternal } from './external.ts';
import { checkSources } from './source-checks.ts';

export interface LinkCheckOptions {
  contentDir: string;
  sourceLocale?: string;
  /** A built site to check as well. */
  built?: string | undefined;
  displayRoot?: string;
  /** The build's render cache, best opened for facts only (`openRenderCache(folder, 'facts')`). */
  cache?: RenderCache;
  progress?: (text: string) => void;
  config?: LinkCheckConfig;
  /** Check external links too, caching answers in this file. */
  external?: { cacheFile: string } | undefined;
}

export interface LinkCheckResult {
  findings: Diagnostic[];
  summary: Record<string, number | string>;
}

export async function runLinkCheck(options: LinkCheckOptions): Promise<LinkCheckResult> {
  const started = performance.now();
  const { contentDir, sourceLocale = 'en-us', progress = () => undefined } = options;
  const displayRoot = options.displayRoot ?? (relative(process.cwd(), contentDir) || '.');
  const show = (path: string) => `${displayRoot}/${path}`;
  // The built site's pages are parsed on the workers while the content loads here.
  const built = options.built ? startBuiltCheck(options.built) : undefined;
  progress(`reading ${displayRoot}`);
  // What rendering collected is checked, never the HTML nor the language pickers: neither is kept.
  const loaded = await loadContentInParallel({ contentDir, sourceLocale, displayRoot, html: false, translations: false, ...(options.cache ? { cache: options.cache } : {}) });
  const articles = loaded.articles.map((a) => a.data);
  const findings: Diagnostic[] = [...loaded.diagnostics];
  progress(`checking ${articles.length} articles`);
  findings.push(...checkSources({ articles, contentDir, show, hasRegistry: existsSync(join(contentDir, SHORT_LINKS_FILE)), sourceLocale }));
  findings.push(...checkAnchorParity(articles, sourceLocale, show));
  const summary: Record<string, number | string> = { articles: articles.length };
  if (built) {
    progress(`checking the built site in ${options.built}`);
    const result = await built.finish(articles, show);
    findings.push(...result.findings);
    Object.assign(summary, { 'built pages': result.pages, 'internal links': result.links, fragments: result.fragments });
  }
  const config = options.config ?? linkCheckConfigSchema.parse({});
  if (options.external) {
    progress('checking external links');
    const external = await checkExternal(articles, show, config.external, options.external.cacheFile);
    findings.push(...external.findings);
    Object.assign(summary, { 'external links checked': external.checked, 'external links from cache': external.cached });
  }
  summary['seconds'] = ((performance.now() - started) / 1000).toFixed(1);
  return { findings: sortDiagnostics(applyConfig(findings, config)), summary };
}
