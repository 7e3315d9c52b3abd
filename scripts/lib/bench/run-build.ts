/**
 * One Astro build of a content folder, timed, with its peak memory (VmHWM from /proc, polled: the build is
 * one process, its render workers are threads of it).
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface BuildRun {
  seconds: number;
  peakMiB: number;
  ok: boolean;
  output: string;
}

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
  const poll = setInterval(() => {
    try {
      const hwm = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1];
      if (hwm) peakKiB = Math.max(peakKiB, Number(hwm));
    } catch {
      // the process is gone, or /proc is not there (not Linux): no memory figure
    }
  }, 200);
  return new Promise((resolve) => {
    child.on('exit', (code) => {
      clearInterval(poll);
      resolve({ seconds: (performance.now() - started) / 1000, peakMiB: Math.round(peakKiB / 1024), ok: code === 0, output });
    });
  });
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
