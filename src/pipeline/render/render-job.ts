/**
 * Renders one article's job, in a worker or in the main thread alike. The last line of defence: whatever
 * goes wrong inside the renderer for one article (a library that throws, a stack that overflows on input
 * no limit foresaw) becomes an error naming that article's file, never a stack trace that stops the build
 * without a name, and never a page that silently goes missing.
 */
import { messages } from '../messages.ts';
import { emptyCollected, rendered } from './context.ts';
import { renderMarkdown, type RenderedMarkdown } from './render-markdown.ts';
import type { contextMaker, RenderJob } from './site-facts.ts';

export function renderJob(job: RenderJob, contextFor: ReturnType<typeof contextMaker>): RenderedMarkdown {
  try {
    return renderMarkdown(job.text, contextFor(job.path, job.locale, job));
  } catch (cause) {
    const reason = cause instanceof Error ? `${cause.name}: ${cause.message}` : String(cause);
    const out = emptyCollected();
    out.diagnostics.push(rendered(messages.renderFailed({ file: job.path }, reason.slice(0, 200))));
    return { html: '', ...out };
  }
}
