/**
 * Renders many articles on all cores with worker threads (each runs render-worker.ts), or in this thread
 * when there are few, when one core is all there is, or when workers cannot start here. The result is the
 * same either way: rendering an article depends only on its text and the site facts.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { RenderedMarkdown } from './render-markdown.ts';
import { renderJob } from './render-job.ts';
import { contextMaker, type PlannedJob, type RenderJob, type SiteFacts } from './site-facts.ts';

/** Below this, starting workers (~0.3 s each) costs more than it saves. */
const MIN_PARALLEL_JOBS = 400;
const BATCH = 100;

/** Called with each result as it comes in (jobs go out in order, results come back roughly in order). */
export type OnRendered = (key: string, rendered: RenderedMarkdown) => void;

/**
 * A job's text, read when the job is sent (pipeline/article-text.ts), so only the jobs in flight have theirs
 * in memory, never every article's.
 */
export type TextOf = (job: PlannedJob) => string;

const withText = (job: PlannedJob, textOf: TextOf): RenderJob => ({ key: job.key, path: job.path, locale: job.locale, text: textOf(job), ...(job.partials ? { partials: job.partials } : {}), ...(job.near ? { near: job.near } : {}) });

export function renderHere(facts: SiteFacts, jobs: readonly PlannedJob[], textOf: TextOf, onRendered?: OnRendered): Map<string, RenderedMarkdown> {
  const contextFor = contextMaker(facts);
  const out = new Map<string, RenderedMarkdown>();
  for (const job of jobs) {
    const rendered = renderJob(withText(job, textOf), contextFor);
    out.set(job.key, rendered);
    onRendered?.(job.key, rendered);
  }
  return out;
}

export async function renderAll(facts: SiteFacts, jobs: readonly PlannedJob[], textOf: TextOf, threads = availableParallelism(), onRendered?: OnRendered): Promise<Map<string, RenderedMarkdown>> {
  const workers = Math.min(threads, Math.ceil(jobs.length / BATCH));
  if (workers < 2 || jobs.length < MIN_PARALLEL_JOBS) return renderHere(facts, jobs, textOf, onRendered);
  const out = new Map<string, RenderedMarkdown>();
  let next = 0;
  const run = (worker: Worker) =>
    new Promise<void>((resolve, reject) => {
      const send = () => {
        if (next >= jobs.length) {
          resolve();
          return;
        }
        worker.postMessage(jobs.slice(next, next + BATCH).map((job) => withText(job, textOf)));
        next += BATCH;
      };
      worker.on('message', (results: [string, RenderedMarkdown][]) => {
        send(); // the next batch first, so the worker is not idle while results are handled here
        for (const [key, rendered] of results) {
          out.set(key, rendered);
          onRendered?.(key, rendered);
        }
      });
      worker.on('error', reject);
      send();
    });
  let pool: Worker[] = [];
  try {
    pool = Array.from({ length: workers }, () => new Worker(new URL('./render-worker.ts', import.meta.url), { workerData: { facts } }));
    await Promise.all(pool.map(run));
    return out;
  } catch {
    // Workers could not run (for example a loader without TypeScript support in workers): render here.
    for (const [key, rendered] of renderHere(facts, jobs.filter((job) => !out.has(job.key)), textOf, onRendered)) out.set(key, rendered);
    return out;
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
}
