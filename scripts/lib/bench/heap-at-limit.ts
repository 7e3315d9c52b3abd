/**
 * A heap snapshot of a Node process when its live heap reaches `heapMiB`: the process runs with that heap
 * limit and `--heapsnapshot-near-heap-limit`, so V8 writes the snapshot from inside garbage collection,
 * even in the middle of synchronous work (a signal, `--heapsnapshot-signal`, waits for the event loop, which
 * a synchronous content load keeps busy until it is over). Choose a limit a little under the heap the
 * process needs: it may fail once the snapshot is written, and its time and memory are not to be used.
 * Only the main thread's heap is in the snapshot (render and search workers have heaps of their own).
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { runMeasured, type MeasuredRun } from './measured-run.ts';

export async function heapAtLimit(node: string, args: readonly string[], options: { cwd: string; env: Record<string, string>; heapMiB: number; dir: string }): Promise<{ run: MeasuredRun; snapshot: string | undefined }> {
  const flags = [`--max-old-space-size=${options.heapMiB}`, '--heapsnapshot-near-heap-limit=1', `--diagnostic-dir=${options.dir}`];
  const run = await runMeasured(node, [...flags, ...args], { cwd: options.cwd, env: options.env });
  const snapshot = readdirSync(options.dir).find((f) => f.endsWith('.heapsnapshot'));
  return { run, snapshot: snapshot ? join(options.dir, snapshot) : undefined };
}
