/**
 * Prepares and runs the search indexing off Astro's main thread, while Astro builds the pages: writes the
 * changed search input pages, deletes stale ones, then runs Pagefind's command line for each changed locale,
 * as many at a time as there are cores. Plain synchronous file calls: on this thread they wait for the disk
 * only, where on the busy main thread they waited for Astro too.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';

export interface SearchIndexJob {
  /** [absolute path, HTML] of every input page that is new or changed. */
  writes: [string, string][];
  deletes: string[];
  /** Folders to empty before Pagefind writes into them. */
  outputs: string[];
  /** Command lines for `node <pagefind cli>`, one per locale. */
  runs: string[][];
}

function runPagefind(args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000));
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`pagefind ${args.slice(1).join(' ')} failed (exit code ${code}):\n${output}`))));
  });
}

export async function runSearchIndexJob(job: SearchIndexJob): Promise<void> {
  for (const file of job.deletes) rmSync(file, { force: true });
  for (const [file, html] of job.writes) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, html);
  }
  for (const folder of job.outputs) rmSync(folder, { recursive: true, force: true });
  let next = 0;
  const lane = async () => {
    while (next < job.runs.length) await runPagefind(job.runs[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(availableParallelism(), job.runs.length) }, lane));
}

if (parentPort && (workerData as { searchIndexJob?: SearchIndexJob } | null)?.searchIndexJob) {
  runSearchIndexJob((workerData as { searchIndexJob: SearchIndexJob }).searchIndexJob).then(
    () => parentPort!.postMessage({ ok: true }),
    (error: unknown) => parentPort!.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) }),
  );
}
