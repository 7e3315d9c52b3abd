/**
 * A render worker: renders batches of articles with the same renderer as the main thread, so the pipeline
 * uses every core. Receives the site facts once (workerData), then batches of jobs.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { renderJob } from './render-job.ts';
import { contextMaker, type RenderJob, type SiteFacts } from './site-facts.ts';

const contextFor = contextMaker((workerData as { facts: SiteFacts }).facts);

parentPort?.on('message', (jobs: RenderJob[]) => {
  parentPort?.postMessage(jobs.map((job) => [job.key, renderJob(job, contextFor)]));
});
