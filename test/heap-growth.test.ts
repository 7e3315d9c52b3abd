/**
 * A build lets V8 grow its heap to 1.5 times what is live, not the 4 times V8 allows on a machine with a few
 * gigabytes (src/astro/heap-growth.ts): at 36,017 articles the build's heap reached 1,040 MB with 361 MB
 * live. A child process holds 60 MB and makes page-sized garbage, with and without the setting.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from './helpers/build-site.ts';

function mostHeap(mode: 'near' | 'page-writer' | 'default'): number {
  const run = spawnSync(process.execPath, ['--import', 'tsx', join(projectRoot, 'test/helpers/heap-churn.ts'), mode], { cwd: projectRoot, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(run.stderr);
  return (JSON.parse(run.stdout.trim().split('\n').at(-1)!) as { mostMB: number }).mostMB;
}

describe('the build’s heap', () => {
  it('stays near what is live', { timeout: 120_000 }, () => {
    const near = mostHeap('near');
    const byDefault = mostHeap('default');
    // 2,000 strings of 30,000 one-byte characters: 60 MB live, plus up to 3,000 pages of garbage at a time, which live long enough to be promoted.
    expect(near).toBeLessThan(byDefault * 0.8);
  });

  it('stays nearer still while the article pages are written, the build’s peak', { timeout: 120_000 }, () => {
    // 30 % against 50 % of growth: about 0.85 of the heap run alone (254–273 against 306–318 MB). One run each
    // under a loaded test suite once gave 283 against 306, so each side is the median of three runs.
    const median = (mode: 'near' | 'page-writer') => [mostHeap(mode), mostHeap(mode), mostHeap(mode)].sort((a, b) => a - b)[1]!;
    expect(median('page-writer')).toBeLessThan(median('near') * 0.92);
  });
});
