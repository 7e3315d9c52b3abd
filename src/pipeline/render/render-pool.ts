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

/**
 * How many render workers may run now, of the `all` started: the build gives way to its search indexing
 * while Pagefind segments a dictionary language (600 MB for 3,000 Thai pages, which with every render
 * worker running was a build's peak). The first worker always runs.
 */
export type WorkersAllowed = (all: number) => number;

/** How often a worker that gave way asks whether it may run again. */
const RESUME_POLL_MS = 250;

export async function renderAll(
  facts: SiteFacts,
  jobs: readonly PlannedJob[],
  textOf: TextOf,
  threads = availableParallelism(),
  onRendered?: OnRendered,
  allowed: WorkersAllowed = (all) => all,
): Promise<Map<string, RenderedMarkdown>> {
  const workers = Math.min(threads, Math.ceil(jobs.length / BATCH));
  if (workers < 2 || jobs.length < MIN_PARALLEL_JOBS) return renderHere(facts, jobs, textOf, onRendered);
  const out = new Map<string, RenderedMarkdown>();
  let next = 0;
  // Set once the pool has failed and renders here: a lane waiting to run again must not start a worker then.
  let over = false;
  const running = new Set<Worker>();
  const start = () => {
    const worker = new Worker(new URL('./render-worker.ts', import.meta.url), { workerData: { facts } });
    running.add(worker);
    return worker;
  };
  const stop = async (worker: Worker) => {
    running.delete(worker);
    await worker.terminate();
  };
  // One batch on a worker, and its results.
  const send = (worker: Worker, batch: RenderJob[]) =>
    new Promise<[string, RenderedMarkdown][]>((resolve, reject) => {
      const onMessage = (results: [string, RenderedMarkdown][]) => {
        worker.off('error', onError);
        resolve(results);
      };
      const onError = (error: Error) => {
        worker.off('message', onMessage);
        reject(error);
      };
      worker.once('message', onMessage);
      worker.once('error', onError);
      worker.postMessage(batch);
    });
  const nextBatch = () => {
    const batch = jobs.slice(next, next + BATCH).map((job) => withText(job, textOf));
    next += BATCH;
    return batch;
  };
  const mayRun = (lane: number) => lane === 0 || allowed(workers) > lane;
  // Lane `lane` renders batches until none is left. A lane past what is allowed ends its worker (and its
  // memory) once its batch is back, and starts a new one when it may run again.
  const lane = async (lane: number) => {
    let worker: Worker | undefined;
    let pending: Promise<[string, RenderedMarkdown][]> | undefined;
    while (!over && (pending || next < jobs.length)) {
      if (!pending) {
        if (!mayRun(lane)) {
          if (worker) await stop(worker);
          worker = undefined;
          await new Promise((resume) => setTimeout(resume, RESUME_POLL_MS));
          continue;
        }
        worker ??= start();
        pending = send(worker, nextBatch());
      }
      const results = await pending;
      if (over) break;
      // The next batch goes out first, so the worker is not idle while these results are handled here.
      pending = next < jobs.length && mayRun(lane) ? send(worker!, nextBatch()) : undefined;
      for (const [key, rendered] of results) {
        out.set(key, rendered);
        onRendered?.(key, rendered);
      }
    }
    if (worker) await stop(worker);
  };
  try {
    await Promise.all(Array.from({ length: workers }, (_, i) => lane(i)));
    return out;
  } catch {
    over = true;
    // Workers could not run (for example a loader without TypeScript support in workers): render here.
    for (const [key, rendered] of renderHere(facts, jobs.filter((job) => !out.has(job.key)), textOf, onRendered)) out.set(key, rendered);
    return out;
  } finally {
    over = true;
    await Promise.all([...running].map((w) => w.terminate()));
  }
}
