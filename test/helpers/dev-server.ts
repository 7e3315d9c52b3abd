/**
 * `astro dev` on a content folder, as a writer runs it (`npm run dev`), on a free port of 127.0.0.1, with its
 * own cache folder. The log is kept for the test to read.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { freePort } from './free-port.ts';
import { projectRoot } from './build-site.ts';

export interface DevServer {
  url: string;
  log(): string;
  stop(): Promise<void>;
}

export async function startDevServer(contentDir: string, cacheDir: string): Promise<DevServer> {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, [join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'dev', '--port', String(port), '--host', '127.0.0.1', '--ignore-lock'], {
    cwd: projectRoot,
    env: { ...writersEnvironment(), CONTENT_DIR: contentDir, ASTRO_CACHE_DIR: cacheDir, FORCE_COLOR: '0', NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`astro dev exited:\n${output}`);
    try {
      const response = await fetch(`${url}/`);
      if (response.status < 500) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`astro dev did not start:\n${output}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    log: () => output,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        process.kill(-child.pid!, 'SIGTERM');
      }),
  };
}

/**
 * The environment a writer's terminal has: without the test runner's own variables. Astro's dev server
 * takes VITEST for "running inside a test", and then serves no pages at all ("Cannot GET").
 */
function writersEnvironment(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of Object.keys(env)) if (name.startsWith('VITEST') || name === 'TEST' || name === 'NODE_ENV') delete env[name];
  return env;
}
