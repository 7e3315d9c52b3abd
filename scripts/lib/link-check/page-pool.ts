/**
 * Runs a per-page job over the pages of a built site on all cores: worker threads take the pages in batches;
 * a small site, one core, or a place where workers cannot start runs it in this thread. Results go to
 * `onResult` as each batch comes back, in no particular order, and nothing of a page stays here after that:
 * at 108,000 pages, keeping every page's links until the end took 3 GB.
 *
 * Reading pages is most of a built-site check's time (about 0.2 ms for a 23 KB page), so a big site is worth the
 * workers' start.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';

/** Below this, starting workers costs more than it saves. */
const MIN_PARALLEL_PAGES = 500;
const BATCH = 200;

export interface PageJob<T> {
  /** A module that answers each message (a PageBatch) with `[from, results]`, results in the files' order. */
  worker: URL;
  workerData: unknown;
  /** The same job in this thread. */
  here: (file: string) => T;
}

export async function forEachPage<T>(files: readonly string[], job: PageJob<T>, onResult: (index: number, result: T) => void, threads = availableParallelism()): Promise<void> {
  const workers = Math.min(threads, Math.ceil(files.length / BATCH));
  const done = new Uint8Array(files.length);
  const hand = (index: number, result: T) => {
    done[index] = 1;
    onResult(index, result);
  };
  if (workers >= 2 && files.length >= MIN_PARALLEL_PAGES) {
    // Every batch is sent at once, round-robin: the workers go on while this thread is busy with something
    // else (the link check loads the content meanwhile), and results wait in its queue, a few bytes a page.
    const run = (worker: Worker, w: number) =>
      new Promise<void>((resolve, reject) => {
        let waiting = 0;
        for (let from = w * BATCH; from < files.length; from += workers * BATCH) {
          worker.postMessage([from, files.slice(from, from + BATCH)] satisfies PageBatch);
          waiting++;
        }
        worker.on('message', ([from, results]: [number, T[]]) => {
          results.forEach((result, i) => hand(from + i, result));
          if (--waiting === 0) resolve();
        });
        worker.on('error', reject);
        if (waiting === 0) resolve();
      });
    let pool: Worker[] = [];
    try {
      pool = Array.from({ length: workers }, () => new Worker(job.worker, { workerData: job.workerData }));
      await Promise.all(pool.map(run));
    } catch {
      // Workers could not run here (a loader without TypeScript in workers): the rest is read in this thread.
    } finally {
      await Promise.all(pool.map((w) => w.terminate()));
    }
  }
  for (let i = 0; i < files.length; i++) if (!done[i]) hand(i, job.here(files[i]!));
}

/** What a worker is sent: the place of the first file in the whole list, and the files. It answers `[from, results]`. */
export type PageBatch = [from: number, files: string[]];
