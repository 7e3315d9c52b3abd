/**
 * Renders one article when a page asks for it, the way a build renders it in a worker: its text as it is on
 * disk now, the partials it includes, and what the last load knew of the rest of the site (`SiteFacts`).
 * `astro dev` uses it, so the dev server renders only the page a writer looks at, never the whole site,
 * and a saved file shows at once.
 *
 * Does not: read front matter or check the site (the content loader does, on every change).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { classify } from './content-tree.ts';
import { createPartialIndex, jobIncludes, mayInclude, type PartialFile } from './includes.ts';
import { messages } from './messages.ts';
import { emptyCollected, rendered } from './render/context.ts';
import type { RenderedMarkdown } from './render/render-markdown.ts';
import { renderJob } from './render/render-job.ts';
import { contextMaker, type SiteFacts } from './render/site-facts.ts';
import { decodeUtf8 } from './utf8.ts';

/** The same facts object is used for every request until the next load: its lookup maps are made once. */
const contexts = new WeakMap<SiteFacts, ReturnType<typeof contextMaker>>();

export function renderOnRequest(contentDir: string, path: string, locale: string, facts: SiteFacts): RenderedMarkdown {
  let contextFor = contexts.get(facts);
  if (!contextFor) {
    contextFor = contextMaker(facts);
    contexts.set(facts, contextFor);
  }
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(join(contentDir, path));
  } catch (error) {
    return failed(path, messages.unreadable({ file: path }, (error as NodeJS.ErrnoException).code ?? String(error)));
  }
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) return failed(path, messages.notUtf8({ file: path, line: decoded.line, column: decoded.column }, decoded.byte));
  const text = decoded.text.replace(/^\uFEFF/, '');
  const includes = mayInclude(bytes) ? createPartialIndex(partialsOf(contentDir, facts), facts.sourceLocale).forArticle(path, text) : undefined;
  return renderJob({ key: path, path, locale, text, ...jobIncludes(includes) }, contextFor);
}

/** Every partial of the site, read now (a site has few; only articles that include one get here). */
function partialsOf(contentDir: string, facts: SiteFacts): PartialFile[] {
  const partials: PartialFile[] = [];
  for (const [, path] of facts.files) {
    if (classify(path).kind !== 'partial') continue;
    try {
      partials.push({ path, hash: '', bytes: readFileSync(join(contentDir, path)) });
    } catch {
      // Deleted since the last load: the include reports it missing.
    }
  }
  return partials;
}

function failed(path: string, diagnostic: ReturnType<typeof messages.unreadable>): RenderedMarkdown {
  const out = emptyCollected();
  out.diagnostics.push(rendered({ ...diagnostic, file: path }));
  return { html: '', ...out };
}
