/**
 * Prepares and runs the search indexing off Astro's main thread, while Astro builds the pages: writes the
 * changed search input pages, deletes stale ones, then runs Pagefind's command line for each changed locale.
 * Plain synchronous file calls: on this thread they wait for the disk only, where on the busy main thread
 * they waited for Astro too. The pages arrive as transferred bytes, so they are never held twice.
 *
 * Memory decides the order: `pagefind_extended` loads a word dictionary for Japanese and Chinese (about
 * 500 MB for 3,000 Japanese pages, against 190 MB for other languages), so those locales are indexed first
 * and alone; then the others, as many at a time as there are cores.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';

export interface SearchIndexJob {
  /** [absolute path, UTF-8 HTML] of every input page that is new or changed. */
  writes: [string, Uint8Array][];
  deletes: string[];
  /** Folders to empty before Pagefind writes into them. */
  outputs: string[];
  /** One Pagefind run per locale: the command, and whether it loads a segmentation dictionary. */
  runs: { command: string[]; dictionary: boolean }[];
  /** Cached indexes no longer current, deleted once the new ones are written. */
  stale: string[];
}

function run(command: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command[0]!, command.slice(1), { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000));
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`${command.join(' ')} failed (exit code ${code}):\n${output}`))));
  });
}

export async function runSearchIndexJob(job: SearchIndexJob): Promise<void> {
  for (const file of job.deletes) rmSync(file, { force: true });
  for (const [file, html] of job.writes) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, html);
  }
  job.writes.length = 0; // the pages are on disk: let their bytes go before Pagefind runs
  for (const folder of job.outputs) rmSync(folder, { recursive: true, force: true });
  for (const r of job.runs.filter((r) => r.dictionary)) await run(r.command);
  const light = job.runs.filter((r) => !r.dictionary);
  let next = 0;
  const lane = async () => {
    while (next < light.length) await run(light[next++]!.command);
  };
  await Promise.all(Array.from({ length: Math.min(availableParallelism(), light.length) }, lane));
  for (const folder of job.stale) rmSync(folder, { recursive: true, force: true });
}

if (parentPort && (workerData as { searchIndexJob?: SearchIndexJob } | null)?.searchIndexJob) {
  runSearchIndexJob((workerData as { searchIndexJob: SearchIndexJob }).searchIndexJob).then(
    () => parentPort!.postMessage({ ok: true }),
    (error: unknown) => parentPort!.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) }),
  );
}
