/**
 * Builds a site and stops it at a named phase (src/astro/stop-at.ts): either the build throws there (a failed
 * build), or it waits there and gets a real signal, sent to its whole process group as a terminal's Ctrl-C
 * is (its worker threads and Pagefind's processes included).
 */
import { spawn } from 'node:child_process';
import type { BuildPhase } from '../../src/astro/stop-at.ts';
import { buildCommand } from './build-site.ts';

export type Interruption = 'fail' | 'SIGINT' | 'SIGKILL';

export interface StoppedBuild {
  output: string;
  code: number | null;
  signal: NodeJS.Signals | null;
}

export function interruptBuild(contentDir: string, outDir: string, phase: BuildPhase, how: Interruption): Promise<StoppedBuild> {
  const { args, ...options } = buildCommand(contentDir, outDir, { HELP_BUILD_STOP_AT: how === 'fail' ? phase : `${phase}:wait` });
  // Its own process group (detached), so the signal reaches every process of the build and nothing else.
  const child = spawn(process.execPath, args, { ...options, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  let sent = false;
  const onOutput = (chunk: Buffer) => {
    output += chunk.toString('utf8');
    if (how !== 'fail' && !sent && output.includes(`stopped at ${phase}: waiting`)) {
      sent = true;
      process.kill(-child.pid!, how);
    }
  };
  child.stdout.on('data', onOutput);
  child.stderr.on('data', onOutput);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ output, code, signal }));
  });
}
