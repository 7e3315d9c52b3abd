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
  /**
   * CPU time of the process tree (user and system, every thread), polled: on a machine other work shares,
   * the figure that says what the run costs; wall time also says how long it waited for a core.
   */
  cpuSeconds: number;
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
  let cpuTicks = 0;
  const sample = () => {
    if (child.pid === undefined) return;
    peakKiB = Math.max(peakKiB, Number(/VmHWM:\s+(\d+)/.exec(status(child.pid))?.[1] ?? 0));
    peakTreeKiB = Math.max(peakTreeKiB, treeRssKiB(child.pid));
    cpuTicks = Math.max(cpuTicks, treeCpuTicks(child.pid));
  };
  const poll = setInterval(sample, options.intervalMs ?? 200);
  return new Promise((resolve) => {
    child.on('close', (code) => {
      clearInterval(poll);
      resolve({
        seconds: (performance.now() - started) / 1000,
        peakMiB: Math.round(peakKiB / 1024),
        peakTreeMiB: Math.round(Math.max(peakTreeKiB, peakKiB) / 1024),
        cpuSeconds: cpuTicks / CLOCK_TICKS,
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
  for (const tid of safeReaddir(`/proc/${pid}/task`)) {
    for (const c of childrenOf(pid, tid)) total += treeRssKiB(c);
  }
  return total;
}

function safeReaddir(folder: string): string[] {
  try {
    return readdirSync(folder);
  } catch {
    return []; // the process is gone
  }
}

/** The processes a thread started: a child belongs to the thread that started it. */
function childrenOf(pid: number, tid: string): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8').split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return []; // the thread ended
  }
}

/** Linux's USER_HZ, the unit of the times in /proc/<pid>/stat: 100 on every common architecture. */
const CLOCK_TICKS = 100;

/**
 * CPU time of a process and its descendants so far, in clock ticks: each live process's own time (all its
 * threads) and that of the children it has already waited for (a tool run through tsx is a child of tsx's
 * own process, counted there once it ends). The last poll's interval is missed.
 */
export function treeCpuTicks(pid: number): number {
  let stat = '';
  try {
    stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return 0; // gone
  }
  // After the command name, in parentheses (it may hold spaces): state, …, utime, stime, cutime, cstime.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  let total = [11, 12, 13, 14].reduce((sum, i) => sum + Number(fields[i] ?? 0), 0);
  for (const tid of safeReaddir(`/proc/${pid}/task`)) {
    for (const c of childrenOf(pid, tid)) total += treeCpuTicks(c);
  }
  return total;
}
