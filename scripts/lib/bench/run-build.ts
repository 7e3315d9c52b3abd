/**
 * One Astro build of a content folder, timed, with its peak memory: the build process's own peak (VmHWM,
 * which includes its render worker threads) and the peak of the whole process tree (the build plus the
 * Pagefind processes it starts); see measured-run.ts.
 */
import { join } from 'node:path';
import { runMeasured, type MeasuredRun } from './measured-run.ts';

export type BuildRun = MeasuredRun;

/** `astro build` in `projectRoot` (ours, or a peer site's), with Node 22 (the one running this script). */
export function runBuild(projectRoot: string, env: Record<string, string>): Promise<BuildRun> {
  return runMeasured(process.execPath, [join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build'], { cwd: projectRoot, env });
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Where a build's time went, from its log: reading, rendering (with search indexing alongside), writing article pages. */
export interface BuildPhases {
  readMs: number;
  renderMs: number;
  articlePagesMs: number;
  searchAfterPagesMs: number;
}

export function buildPhases(output: string): BuildPhases {
  return {
    readMs: Number(/\(read (\d+) ms/.exec(output)?.[1] ?? NaN),
    renderMs: Number(/render (\d+) ms/.exec(output)?.[1] ?? NaN),
    articlePagesMs: Number(/article pages \(.*?\) in (\d+) ms/.exec(output)?.[1] ?? NaN),
    searchAfterPagesMs: Number(/search index for \d+ pages in (\d+) ms/.exec(output)?.[1] ?? NaN),
  };
}
