/**
 * Builds a content folder with the real Astro build, as `CONTENT_DIR=… npm run build` does, into its own
 * output and cache folders so fixture sites never share state.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
export const outputRoot = join(projectRoot, 'test/.output');

/** The sites the tests read; built once by global-setup.ts. */
export const sites = {
  main: { content: join(projectRoot, 'content'), out: join(outputRoot, 'site-main') },
  fixture: { content: join(projectRoot, 'test/fixtures/site/content'), out: join(outputRoot, 'site-fixture') },
  /** Made by global-setup.ts as a git repository (helpers/git-fixture.ts). */
  history: { content: join(outputRoot, 'history-repo/content'), out: join(outputRoot, 'site-history') },
};

/** `astro build` as `npm run build` runs it: the command line and environment for a content and output folder. */
export function buildCommand(contentDir: string, outDir: string, env: Record<string, string> = {}) {
  return {
    args: [join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build'],
    cwd: projectRoot,
    env: { ...process.env, CONTENT_DIR: contentDir, OUT_DIR: outDir, ASTRO_CACHE_DIR: `${outDir}-cache/`, FORCE_COLOR: '0', NO_COLOR: '1', ...env },
  };
}

export function buildSite(contentDir: string, outDir: string, env: Record<string, string> = {}): { status: number; output: string } {
  const { args, ...options } = buildCommand(contentDir, outDir, env);
  const result = spawnSync(process.execPath, args, { ...options, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { status: result.status ?? 1, output: `${result.stdout}${result.stderr}` };
}
