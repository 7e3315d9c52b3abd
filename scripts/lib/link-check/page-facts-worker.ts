/** A worker of page-facts-pool.ts: batches of page files in, their facts out, in the same order. */
import { parentPort } from 'node:worker_threads';
import { readPageFacts } from './page-facts.ts';

parentPort?.on('message', (files: string[]) => parentPort?.postMessage(files.map(readPageFacts)));
