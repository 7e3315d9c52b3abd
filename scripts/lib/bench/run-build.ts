/**
 * One Astro build of a content folder, timed, with its peak memory: the build process's own peak (VmHWM,
 * which includes its render worker threads) and the peak of the whole process tree (the build plus the
 * Pagefind processes it starts), both polled from /proc.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface BuildRun {
  seconds: number;
  /** The build process alone. */
  peakMiB: number;
  /** The build and every process it started, summed at the busiest moment seen. */
  peakTreeMiB: number;
  ok: boolean;
  output: string;
}

/** `astro build` in `projectRoot` (ours, or a peer site's), with Node 22 (the one running this script). */
export function runBuild(projectRoot: string, env: Record<string, string>): Promise<BuildRun> {
  const started = performance.now();
  const child = spawn(process.execPath, [join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: projectRoot,
    env: { ...process.env, ...env, NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  let peakKiB = 0;
  let peakTreeKiB = 0;
  const poll = setInterval(() => {
    if (child.pid === undefined) return;
    const own = Number(/VmHWM:\s+(\d+)/.exec(status(child.pid))?.[1] ?? 0);
    peakKiB = Math.max(peakKiB, own);
    peakTreeKiB = Math.max(peakTreeKiB, treeRssKiB(child.pid));
  }, 200);
  return new Promise((resolve) => {
    child.on('exit', (code) => {
      clearInterval(poll);
      resolve({ seconds: (performance.now() - started) / 1000, peakMiB: Math.round(peakKiB / 1024), peakTreeMiB: Math.round(Math.max(peakTreeKiB, peakKiB) / 1024), ok: code === 0, output });
    });
  });
}

function status(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/status`, 'utf8');
  } catch {
    return ''; // the process is gone, or /proc is not there (not Linux): no memory figure
  }
}

/**
 * Resident memory of a process and all its descendants, now. A child belongs to the thread that started it
 * (Pagefind's processes to the search worker thread), so every thread's children are counted.
 */
function treeRssKiB(pid: number): number {
  let total = Number(/VmRSS:\s+(\d+)/.exec(status(pid))?.[1] ?? 0);
  let threads: string[] = [];
  try {
    threads = readdirSync(`/proc/${pid}/task`);
  } catch {
    return total; // gone
  }
  for (const tid of threads) {
    let children: string[] = [];
    try {
      children = readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8').split(/\s+/).filter(Boolean);
    } catch {
      // the thread ended
    }
    for (const c of children) total += treeRssKiB(Number(c));
  }
  return total;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
