/** A worker of page-pool.ts for built-site.ts: batches of page files in, their PageLinks out, in the same order. */
import { parentPort, workerData } from 'node:worker_threads';
import { pageLinksJudge } from './page-links.ts';
import type { PageBatch } from './page-pool.ts';

const { dist, pages } = workerData as { dist: string; pages: string[] };
const judge = pageLinksJudge(dist, new Set(pages));
parentPort?.on('message', ([from, files]: PageBatch) => parentPort?.postMessage([from, files.map(judge)]));
