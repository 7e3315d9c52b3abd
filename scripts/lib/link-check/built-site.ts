/**
 * One pass over the built site: every internal link and fragment of every page, in-process. linkinator
 * checks the same things but crawls, which is quadratic in pages at our scale; this reads each file once.
 *
 *   pass 1: every page parsed as a browser parses it, on all cores (page-pool.ts); per page only its ids
 *           and what is wrong or still to check leave the worker (page-links.ts)
 *   pass 2: the links with a fragment, now that every page's ids are known
 *
 * Findings come in page order, then link order, however the workers finish; those on article pages map
 * back to the Markdown line through the article's collected links.
 */
import type { Article } from '../../../src/pipeline/article-schema.ts';
import type { Diagnostic } from '../../../src/pipeline/diagnostics.ts';
import { messages } from '../../../src/pipeline/messages.ts';
import { filesUnder } from '../../../src/pipeline/walk-files.ts';
import { pageLinksJudge, pageUrl, type PageLinks } from './page-links.ts';
import { forEachPage } from './page-pool.ts';

export interface BuiltCheckResult {
  findings: Diagnostic[];
  pages: number;
  links: number;
  fragments: number;
}

export async function checkBuiltSite(dist: string, articles: readonly Article[], show: (path: string) => string, threads?: number): Promise<BuiltCheckResult> {
  return startBuiltCheck(dist, threads).finish(articles, show);
}

/**
 * Starts pass 1 at once, on the workers; `finish` runs pass 2 once the articles are known. The link check
 * loads the content in between, while the workers parse (a third less time at 108,000 pages).
 */
export function startBuiltCheck(dist: string, threads?: number): { finish: (articles: readonly Article[], show: (path: string) => string) => Promise<BuiltCheckResult> } {
  const files = listHtml(dist);
  const urls = files.map(pageUrl);
  const ids = new Map<string, ReadonlySet<string>>();
  /** Pages with a link that is broken or still to check, by their place in `files`. */
  const flagged = new Map<number, PageLinks>();
  let links = 0;
  let fragments = 0;
  const job = { worker: new URL('./page-links-worker.ts', import.meta.url), workerData: { dist, pages: urls }, here: pageLinksJudge(dist, new Set(urls)) };
  const pass1 = forEachPage(
    files,
    job,
    (i, page) => {
      ids.set(urls[i]!, new Set(page.ids));
      links += page.links;
      fragments += page.fragments;
      if (page.missing.length > 0 || page.brokenHere.length > 0 || page.anchors.length > 0) flagged.set(i, page);
    },
    threads,
  );
  // Handled in `finish`; until then an early failure must not be an unhandled rejection.
  pass1.catch(() => undefined);

  const finish = async (articles: readonly Article[], show: (path: string) => string): Promise<BuiltCheckResult> => {
    await pass1;
    const articleByUrl = new Map(articles.map((a) => [a.url, a]));
    const findings: Diagnostic[] = [];
    for (const i of [...flagged.keys()].sort((a, b) => a - b)) {
      const { missing, brokenHere, anchors } = flagged.get(i)!;
      const page = urls[i]!;
      const article = articleByUrl.get(page);
      const at = (raw: string) => {
        // Where the author wrote it, if an article's Markdown produced this link.
        const source = article?.links.find((l) => l.href === raw);
        return source?.line ? { file: show(article!.path), line: source.line, ...(source.column ? { column: source.column } : {}) } : { file: `dist${page}` };
      };
      const broken: [number, Diagnostic][] = missing.map(([n, raw]) => [n, messages.brokenBuiltLink(at(raw), raw, page)]);
      for (const [n, raw] of brokenHere) broken.push([n, messages.brokenBuiltAnchor(at(raw), raw, page)]);
      for (const [n, raw, target, fragment] of anchors) if (!ids.get(target)!.has(fragment)) broken.push([n, messages.brokenBuiltAnchor(at(raw), raw, page)]);
      findings.push(...broken.sort((a, b) => a[0] - b[0]).map(([, finding]) => finding));
    }
    return { findings, pages: files.length, links, fragments };
  };
  return { finish };
}

/** The pages of a built site: search indexes and Astro's scripts hold no links to check. */
function listHtml(dist: string): string[] {
  return filesUnder(dist, (name) => name.startsWith('pagefind') || name === '_astro').filter((file) => file.endsWith('.html'));
}

