/**
 * Renders many articles on all cores with worker threads (each runs render-worker.ts), or in this thread
 * when there are few, when one core is all there is, or when workers cannot start here. The result is the
 * same either way: rendering an article depends only on its text and the site facts.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { RenderedMarkdown } from './render-markdown.ts';
import { renderMarkdown } from './render-markdown.ts';
import { contextMaker, type RenderJob, type SiteFacts } from './site-facts.ts';

/** Below this, starting workers (~0.3 s each) costs more than it saves. */
const MIN_PARALLEL_JOBS = 400;
const BATCH = 100;

export function renderHere(facts: SiteFacts, jobs: readonly RenderJob[]): Map<string, RenderedMarkdown> {
  const contextFor = contextMaker(facts);
  return new Map(jobs.map((job) => [job.key, renderMarkdown(job.text, contextFor(job.path, job.locale))]));
}

export async function renderAll(facts: SiteFacts, jobs: readonly RenderJob[], threads = availableParallelism()): Promise<Map<string, RenderedMarkdown>> {
  const workers = Math.min(threads, Math.ceil(jobs.length / BATCH));
  if (workers < 2 || jobs.length < MIN_PARALLEL_JOBS) return renderHere(facts, jobs);
  const out = new Map<string, RenderedMarkdown>();
  let next = 0;
  const run = (worker: Worker) =>
    new Promise<void>((resolve, reject) => {
      const send = () => {
        if (next >= jobs.length) {
          resolve();
          return;
        }
        worker.postMessage(jobs.slice(next, next + BATCH));
        next += BATCH;
      };
      worker.on('message', (results: [string, RenderedMarkdown][]) => {
        for (const [key, rendered] of results) out.set(key, rendered);
        send();
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
    for (const [key, rendered] of renderHere(facts, jobs.filter((job) => !out.has(job.key)))) out.set(key, rendered);
    return out;
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
}
