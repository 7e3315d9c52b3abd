/**
 * One built page's internal links, judged as far as the page and the list of the site's pages allow, so
 * that only what is wrong, or still to check, leaves the worker that parsed the page:
 *
 *   <a href="/nl-nl/b/">             → a page of the site: fine (counted)
 *   <a href="/_astro/site.css">      → a file that exists: fine
 *   <a href="/nl-nl/gone/">          → `missing`
 *   <a href="#step">                 → a fragment of this page: checked here, against the page's own ids
 *   <a href="/nl-nl/b/#step">        → `anchors`: checked once every page's ids are known (built-site.ts)
 *   <a href="https://example.com/">  → not a link to this site: not counted
 *
 * At 108,000 pages of 74 links each, sending every link back took 3 GB and most of the check's time.
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { readPageFacts } from './page-facts.ts';

export interface PageLinks {
  /** The page's fragment targets (page-facts.ts). */
  ids: string[];
  /** Links to this site. */
  links: number;
  /** Of them, those with a fragment. */
  fragments: number;
  /** Links to no page or file of the site: [position among the page's links, href]. */
  missing: [number, string][];
  /** Links whose fragment is not on this page: [position, href]. */
  brokenHere: [number, string][];
  /** Links with a fragment to another page of the site: [position, href, target page, fragment decoded]. */
  anchors: [number, string, string, string][];
}

/** `nl-nl/a/index.html` → `/nl-nl/a/`; `404.html` → `/404.html`. */
export function pageUrl(file: string): string {
  return file.endsWith('index.html') ? `/${file.slice(0, -'index.html'.length)}` : `/${file}`;
}

/** A judge of the pages of the site in `dist`, whose pages (by URL) are `pages`; it takes a file below `dist`. */
export function pageLinksJudge(dist: string, pages: ReadonlySet<string>): (file: string) => PageLinks {
  const files = new Map<string, boolean>();
  // The same few files (a stylesheet, the search script) are linked from every page: asked once each.
  const exists = (url: string) => {
    let known = files.get(url);
    if (known === undefined) files.set(url, (known = fileExists(dist, url)));
    return known;
  };
  return (file) => {
    const page = pageUrl(file);
    const facts = readPageFacts(join(dist, file));
    const out: PageLinks = { ids: facts.ids, links: 0, fragments: 0, missing: [], brokenHere: [], anchors: [] };
    let own: Set<string> | undefined;
    for (const [at, raw] of facts.hrefs.entries()) {
      if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(raw) || raw === '') continue;
      out.links++;
      const [pathPart = '', fragment] = raw.split('#') as [string, string | undefined];
      const target = pathPart === '' ? page : new URL(pathPart, `http://site${page}`).pathname;
      const isPage = pages.has(target);
      if (!isPage && !exists(target)) {
        out.missing.push([at, raw]);
        continue;
      }
      if (fragment === undefined || fragment === '') continue;
      out.fragments++;
      // A fragment of a file that is not a page (a picture) is not checked: it has no ids to look in.
      if (!isPage) continue;
      // A page's links to its own headings (a table of contents) can be many: they never leave the worker.
      if (target === page) {
        own ??= new Set(facts.ids);
        if (!own.has(safeDecode(fragment))) out.brokenHere.push([at, raw]);
      } else out.anchors.push([at, raw, target, safeDecode(fragment)]);
    }
    return out;
  };
}

function fileExists(dist: string, url: string): boolean {
  const path = join(dist, decodeURIComponent(url));
  return existsSync(path) && (statSync(path).isFile() || existsSync(join(path, 'index.html')));
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
