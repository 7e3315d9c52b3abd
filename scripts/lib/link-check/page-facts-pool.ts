/**
 * Reads the facts of every built page (page-facts.ts) on all cores. Parsing is most of a built-site check's
 * time (about 0.2 ms a page here, against 0.005 ms for the regular expressions it replaced), so a big site's
 * pages go to worker threads in batches; a small site, or one core, is read in this thread. The result is
 * the same either way, in the order of `files`.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { readPageFacts, type PageFacts } from './page-facts.ts';

/** Below this, starting workers costs more than it saves. */
const MIN_PARALLEL_PAGES = 500;
const BATCH = 200;

export async function readAllPageFacts(files: readonly string[], threads = availableParallelism()): Promise<PageFacts[]> {
  const workers = Math.min(threads, Math.ceil(files.length / BATCH));
  if (workers < 2 || files.length < MIN_PARALLEL_PAGES) return files.map(readPageFacts);
  const out: (PageFacts | undefined)[] = new Array(files.length);
  let next = 0;
  const run = (worker: Worker) =>
    new Promise<void>((resolve, reject) => {
      let at = 0;
      const send = () => {
        if (next >= files.length) return resolve();
        at = next;
        worker.postMessage(files.slice(next, next + BATCH));
        next += BATCH;
      };
      worker.on('message', (facts: PageFacts[]) => {
        const from = at;
        send();
        facts.forEach((f, i) => (out[from + i] = f));
      });
      worker.on('error', reject);
      send();
    });
  let pool: Worker[] = [];
  try {
    pool = Array.from({ length: workers }, () => new Worker(new URL('./page-facts-worker.ts', import.meta.url)));
    await Promise.all(pool.map(run));
  } catch {
    // Workers could not run here (a loader without TypeScript in workers): the rest is read in this thread.
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
  return out.map((facts, i) => facts ?? readPageFacts(files[i]!));
}
