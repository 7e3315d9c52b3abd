/**
 * One pass over the built site: every internal link and fragment of every page, in-process. linkinator
 * checks the same things but crawls, which is quadratic in pages at our scale; this reads each file once.
 *
 *   pass 1: every page parsed as a browser parses it: its ids and its links (page-facts.ts, on all cores)
 *   pass 2: every `href` to this site: the page must exist, and so must its fragment
 *
 * Findings on article pages map back to the Markdown line through the article's collected links.
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../../../src/pipeline/article-schema.ts';
import type { Diagnostic } from '../../../src/pipeline/diagnostics.ts';
import { messages } from '../../../src/pipeline/messages.ts';
import { filesUnder } from '../../../src/pipeline/walk-files.ts';
import { readAllPageFacts } from './page-facts-pool.ts';

export interface BuiltCheckResult {
  findings: Diagnostic[];
  pages: number;
  links: number;
  fragments: number;
}

export async function checkBuiltSite(dist: string, articles: Article[], show: (path: string) => string): Promise<BuiltCheckResult> {
  const files = listHtml(dist);
  const facts = await readAllPageFacts(files.map((file) => join(dist, file)));
  const ids = new Map(files.map((file, i) => [pageUrl(file), new Set(facts[i]!.ids)]));
  const articleByUrl = new Map(articles.map((a) => [a.url, a]));
  const findings: Diagnostic[] = [];
  let links = 0;
  let fragments = 0;
  for (const [i, file] of files.entries()) {
    const page = pageUrl(file);
    const article = articleByUrl.get(page);
    for (const raw of facts[i]!.hrefs) {
      if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(raw) || raw === '') continue;
      links++;
      const [pathPart = '', fragment] = raw.split('#') as [string, string | undefined];
      const target = pathPart === '' ? page : new URL(pathPart, `http://site${page}`).pathname;
      // Where the author wrote it, if an article's Markdown produced this link.
      const source = article?.links.find((l) => l.href === raw);
      const at = source?.line ? { file: show(article!.path), line: source.line, ...(source.column ? { column: source.column } : {}) } : { file: `dist${page}` };
      const targetIds = ids.get(target) ?? (exists(dist, target) ? new Set<string>() : undefined);
      if (!targetIds) {
        findings.push(messages.brokenBuiltLink(at, raw, page));
        continue;
      }
      if (fragment === undefined || fragment === '') continue;
      fragments++;
      if (!targetIds.has(safeDecode(fragment)) && ids.has(target)) findings.push(messages.brokenBuiltAnchor(at, raw, page));
    }
  }
  return { findings, pages: files.length, links, fragments };
}

/** `nl-nl/a/index.html` → `/nl-nl/a/`; `404.html` → `/404.html`. */
function pageUrl(file: string): string {
  return file.endsWith('index.html') ? `/${file.slice(0, -'index.html'.length)}` : `/${file}`;
}

function exists(dist: string, url: string): boolean {
  const path = join(dist, decodeURIComponent(url));
  return existsSync(path) && (statSync(path).isFile() || existsSync(join(path, 'index.html')));
}

/** The pages of a built site: search indexes and Astro's scripts hold no links to check. */
function listHtml(dist: string): string[] {
  return filesUnder(dist, (name) => name.startsWith('pagefind') || name === '_astro').filter((file) => file.endsWith('.html'));
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
