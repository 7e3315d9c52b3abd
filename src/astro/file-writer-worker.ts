/**
 * The page writer's thread (write-files.ts): writes each batch of files it is sent with plain synchronous
 * calls, then says so. Here those calls cost no promise, file handle or callback per file, and they run
 * while the main thread makes the next batch.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parentPort } from 'node:worker_threads';

export interface FileBatch {
  paths: string[];
  data: Uint8Array[];
}

/** Written, or the first failure (a batch stops at it). */
export type FileBatchReply = { ok: true } | { ok: false; message: string };

parentPort!.on('message', ({ paths, data }: FileBatch) => {
  try {
    paths.forEach((path, i) => {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, data[i]!);
    });
    parentPort!.postMessage({ ok: true } satisfies FileBatchReply);
  } catch (error) {
    parentPort!.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) } satisfies FileBatchReply);
  }
});
