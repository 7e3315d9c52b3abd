/**
 * Runs a command and measures it: wall time, the peak memory of the process itself (VmHWM, which includes
 * its worker threads) and the peak of the whole process tree (it and every process it started, Pagefind's
 * included), polled from /proc. Not Linux: the figures are 0, the run still happens.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

export interface MeasuredRun {
  seconds: number;
  /** The process alone. */
  peakMiB: number;
  /** The process and every process it started, summed at the busiest moment seen. */
  peakTreeMiB: number;
  ok: boolean;
  /** stdout and stderr together, in the order they came. */
  output: string;
  /** stdout alone (a tool's report). */
  stdout: string;
}

export interface MeasureOptions {
  cwd: string;
  env?: Record<string, string>;
  /** How often memory is polled; a short-lived peak between two polls is missed (VmHWM is not). */
  intervalMs?: number;
}

export function runMeasured(command: string, args: readonly string[], options: MeasureOptions): Promise<MeasuredRun> {
  const started = performance.now();
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: { ...process.env, ...options.env, NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const stdout: Buffer[] = [];
  child.stdout.on('data', (d: Buffer) => {
    stdout.push(d);
    output += d.toString();
  });
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  let peakKiB = 0;
  let peakTreeKiB = 0;
  const sample = () => {
    if (child.pid === undefined) return;
    peakKiB = Math.max(peakKiB, Number(/VmHWM:\s+(\d+)/.exec(status(child.pid))?.[1] ?? 0));
    peakTreeKiB = Math.max(peakTreeKiB, treeRssKiB(child.pid));
  };
  const poll = setInterval(sample, options.intervalMs ?? 200);
  return new Promise((resolve) => {
    child.on('close', (code) => {
      clearInterval(poll);
      resolve({
        seconds: (performance.now() - started) / 1000,
        peakMiB: Math.round(peakKiB / 1024),
        peakTreeMiB: Math.round(Math.max(peakTreeKiB, peakKiB) / 1024),
        ok: code === 0,
        output,
        stdout: Buffer.concat(stdout).toString(),
      });
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
export function treeRssKiB(pid: number): number {
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
