/**
 * Scale past one machine: shards built separately (LOCALES=…) merge into the same dist/ as one build.
 * The full build is the one global-setup made of content/. A shard set that cannot make the whole site is
 * an error, never a site with a locale or a page missing.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { mergeShards } from '../scripts/lib/merge-shards.ts';
import { filesUnder } from '../src/astro/previous-output.ts';
import { SITEMAP_FILE_NAME } from '../src/pipeline/sitemap/split-sitemap.ts';
import { buildSite, outputRoot, projectRoot, sites } from './helpers/build-site.ts';

const merged = join(outputRoot, 'site-merged');
const shardEn = join(outputRoot, 'shard-en');
const shardNl = join(outputRoot, 'shard-nl');

const files = (root: string) => filesUnder(root).sort();

beforeAll(() => {
  for (const [locales, out] of [['en-us', 'shard-en'], ['nl-nl', 'shard-nl']] as const) {
    const { status, output } = buildSite(sites.main.content, join(outputRoot, out), { LOCALES: locales });
    if (status !== 0) throw new Error(output);
  }
  rmSync(merged, { recursive: true, force: true });
  const result = mergeShards([shardEn, shardNl], merged);
  expect(result.problems).toEqual([]);
}, 180_000);

describe('shard builds', () => {
  it('write only their own locales’ pages', () => {
    const nl = files(join(outputRoot, 'shard-nl'));
    expect(nl).toContain('nl-nl/declined-credit-card/index.html');
    expect(nl).not.toContain('en-us/declined-credit-card/index.html');
  });

  it('merge into the same files as a single build, byte for byte, search indexes included', () => {
    const full = files(sites.main.out);
    expect(files(merged)).toEqual(full);
    const differing = full.filter((f) => !readFileSync(join(merged, f)).equals(readFileSync(join(sites.main.out, f))));
    expect(differing).toEqual([]);
  });

  it('keep every locale’s search index, one bundle each', () => {
    const languages = (locale: string) => Object.keys((JSON.parse(readFileSync(join(merged, 'pagefind', locale, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, unknown> }).languages);
    expect(languages('en-us')).toEqual(['en-us']);
    expect(languages('nl-nl')).toEqual(['nl-nl']);
  });

  it('write every sitemap file, the index and each locale’s, identical to a single build’s', () => {
    const sitemaps = (root: string) => readdirSync(root).filter((name) => name === 'sitemap.xml' || SITEMAP_FILE_NAME.test(name)).sort();
    expect(sitemaps(sites.main.out)).toEqual(['sitemap-en-us.xml', 'sitemap-nl-nl.xml', 'sitemap.xml']);
    for (const shard of [shardEn, shardNl, merged]) {
      expect(sitemaps(shard)).toEqual(sitemaps(sites.main.out));
      for (const name of sitemaps(shard)) expect(readFileSync(join(shard, name), 'utf8')).toBe(readFileSync(join(sites.main.out, name), 'utf8'));
    }
  });
});

describe('a shard set that cannot make the whole site', () => {
  const out = join(outputRoot, 'site-merged-bad');
  const mergeScript = (...args: string[]) =>
    spawnSync(process.execPath, [join(projectRoot, 'node_modules/tsx/dist/cli.mjs'), 'scripts/merge-shards.ts', ...args], { cwd: projectRoot, encoding: 'utf8' });

  it('fails naming the locale no shard built, and writes nothing', () => {
    rmSync(out, { recursive: true, force: true });
    expect(mergeShards([shardEn], out).problems).toEqual(['no shard built nl-nl (its 5 page(s) are missing, e.g. /nl-nl/change-billing-frequency/); add a shard with LOCALES=nl-nl']);
    expect(existsSync(out)).toBe(false);
  });

  it('exits 1 from the command line when a locale is missing', () => {
    rmSync(out, { recursive: true, force: true });
    const run = mergeScript(shardEn, shardEn, '--out', out);
    expect(run.stderr).toContain('merge-shards: no shard built nl-nl');
    expect(run.status).toBe(1);
  });

  it('fails naming the pages and search bundle a shard lacks', () => {
    const damaged = join(outputRoot, 'shard-nl-damaged');
    rmSync(damaged, { recursive: true, force: true });
    cpSync(shardNl, damaged, { recursive: true });
    rmSync(join(damaged, 'nl-nl/payment-past-due'), { recursive: true });
    rmSync(out, { recursive: true, force: true });
    expect(mergeShards([shardEn, damaged], out).problems).toEqual(['nl-nl: 1 of 5 page(s) are missing (/nl-nl/payment-past-due/); rebuild the shard of nl-nl']);
    cpSync(join(shardNl, 'nl-nl'), join(damaged, 'nl-nl'), { recursive: true });
    rmSync(join(damaged, 'pagefind'), { recursive: true });
    expect(mergeShards([shardEn, damaged], out).problems).toEqual(['nl-nl has no search bundle (pagefind/nl-nl/) while other locales have one; build every shard with search']);
    expect(existsSync(out)).toBe(false);
  });

  it('refuses an output folder that is not empty, leaving it as it was', () => {
    rmSync(out, { recursive: true, force: true });
    mkdirSync(join(out, 'nl-nl/old-page'), { recursive: true });
    writeFileSync(join(out, 'nl-nl/old-page/index.html'), 'stale');
    expect(mergeShards([shardEn, shardNl], out).problems).toEqual([`--out ${out} is not empty (1 entries); merge into a new or empty folder (delete it first, or choose another --out)`]);
    expect(readdirSync(out)).toEqual(['nl-nl']);
  });

  it('merges into an empty folder that exists', () => {
    rmSync(out, { recursive: true, force: true });
    mkdirSync(out);
    expect(mergeShards([shardEn, shardNl], out).problems).toEqual([]);
    expect(files(out)).toEqual(files(merged));
  });

  it('refuses a shard folder that is missing or is not a built site', () => {
    const missing = join(outputRoot, 'no-such-shard');
    rmSync(out, { recursive: true, force: true });
    expect(mergeShards([shardEn, missing, join(shardEn, 'en-us')], out).problems).toEqual([
      `${missing} does not exist; give the output folders of the shard builds`,
      `${join(shardEn, 'en-us')} is not a built site (it has no content-manifest.json); give the output folders of the shard builds`,
    ]);
    expect(existsSync(out)).toBe(false);
  });

  it('fails a shard build whose LOCALES names a locale with no folder', () => {
    rmSync(join(outputRoot, 'shard-typo'), { recursive: true, force: true });
    const { status, output } = buildSite(sites.main.content, join(outputRoot, 'shard-typo'), { LOCALES: 'nl-nk' });
    expect(output).toContain(`LOCALES=nl-nk: ${sites.main.content} has no locale folder "nl-nk" (did you mean nl-nl?). Its locales: en-us, nl-nl.`);
    expect(status).toBe(1);
    expect(existsSync(join(outputRoot, 'shard-typo'))).toBe(false);
  });
});
