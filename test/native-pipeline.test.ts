/**
 * A build loads the content loader and the pipeline with Node itself, not through Vite's module runner,
 * which transformed every one of their modules again on each build (src/astro/native-import.ts). Vite's
 * own debug log lists each module it transforms: the content config is in it, the pipeline is not.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSite, outputRoot, projectRoot } from './helpers/build-site.ts';

const out = join(outputRoot, 'site-native-pipeline');
afterAll(() => {
  rmSync(out, { recursive: true, force: true });
  rmSync(`${out}-cache`, { recursive: true, force: true });
});

describe('a build', () => {
  it('has Vite transform the content config, but not the content loader or the pipeline', () => {
    const { status, output } = buildSite(join(projectRoot, 'content'), out, { DEBUG: 'vite:transform' });
    expect(status, output.slice(-2000)).toBe(0);
    const transformed = output.split('\n').filter((line) => line.includes('vite:transform'));
    expect(transformed.some((line) => line.includes('src/content.config.ts'))).toBe(true);
    expect(transformed.filter((line) => /src\/(pipeline|astro\/help-content-loader)/.test(line))).toEqual([]);
    // defineCollection comes from Astro's config module: Astro's page runtime is not loaded for it.
    expect(transformed.filter((line) => line.includes('astro/dist/content/runtime.js'))).toEqual([]);
    expect(output).toMatch(/\d+ articles? in \d+ locales?/);
  });
});
