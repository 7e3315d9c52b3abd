/**
 * The writer tools (`check:links`, with and without `--built`, `l10n:status`, `l10n:check`) as a writer runs
 * them, on a content folder and built site the test makes (helpers/synthetic-site.ts): their reports are
 * pinned in fixtures/tools-output/, written by the tools before they were made to stream and keep compact
 * facts, so a change in what they find or print fails here. Each runs twice: without the build's render
 * cache (it renders every article itself) and with it (what a writer has after a build).
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { outputRoot, projectRoot } from './helpers/build-site.ts';
import { expected, fixturesDir } from './helpers/fixtures.ts';
import { makeSyntheticBuild, makeSyntheticContent } from './helpers/synthetic-site.ts';

const root = join(outputRoot, 'tools-output');
const cache = join(root, 'cache');
const noCache = join(root, 'no-cache');

beforeAll(() => {
  const content = makeSyntheticContent(root);
  makeSyntheticBuild(root, content, cache);
}, 120_000);

/** A tool's stdout, run from the site's folder (so files show as `content/…`), and its exit code. */
function tool(script: string, args: string[], cacheDir: string): Promise<{ stdout: string; code: number | null }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(projectRoot, 'node_modules/tsx/dist/cli.mjs'), join(projectRoot, 'scripts', script), ...args], {
      cwd: root,
      env: { ...process.env, CONTENT_DIR: 'content', ASTRO_CACHE_DIR: cacheDir, GITHUB_ACTIONS: 'false', NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let stdout = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.on('close', (code) => resolve({ stdout, code }));
  });
}

/** The JSON report without its timing. */
const withoutSeconds = (json: string) => {
  const parsed = JSON.parse(json) as { summary: Record<string, unknown> };
  delete parsed.summary['seconds'];
  return `${JSON.stringify(parsed, null, 1)}\n`;
};

const cases: { name: string; script: string; args: string[]; file: string; code: number; text: (stdout: string) => string }[] = [
  { name: 'check:links', script: 'check-links.ts', args: ['--format', 'json'], file: 'check-links.json', code: 1, text: withoutSeconds },
  { name: 'check:links --built', script: 'check-links.ts', args: ['--built', 'dist', '--format', 'json'], file: 'check-links-built.json', code: 1, text: withoutSeconds },
  { name: 'l10n:status', script: 'l10n.ts', args: ['status'], file: 'l10n-status.md', code: 0, text: (s) => s },
  { name: 'l10n:status --format json', script: 'l10n.ts', args: ['status', '--format', 'json'], file: 'l10n-status.json', code: 0, text: (s) => s },
  { name: 'l10n:check', script: 'l10n.ts', args: ['check', '--format', 'json'], file: 'l10n-check.json', code: 1, text: (s) => s },
];

describe('the writer tools on a generated site of 5 locales', () => {
  for (const c of cases) {
    it(`${c.name} prints what it printed before, with or without the build's cache`, async () => {
      const [cold, warm] = await Promise.all([tool(c.script, c.args, noCache), tool(c.script, c.args, cache)]);
      const text = c.text(cold.stdout);
      expect(text).toBe(expected(join(fixturesDir, 'tools-output', c.file), text));
      expect(c.text(warm.stdout)).toBe(text);
      expect([cold.code, warm.code]).toEqual([c.code, c.code]);
    }, 120_000);
  }
});
