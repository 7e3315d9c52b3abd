/**
 * An interrupted or failed build never breaks the next one. A build is stopped at each of its phases
 * (src/astro/stop-at.ts) with a real signal or a thrown error, after the content changed since the last good
 * build; the next build must succeed and leave the same dist/ as a cold build, byte for byte.
 *
 * The content alternates between two versions, so every stopped build has work in flight: a changed Dutch
 * article (its page and the nl-nl search bundle rewritten) next to an unchanged English locale (its pages and
 * bundle kept from the last build, so they are aside when the build stops).
 */
import { appendFileSync, cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { filesUnder } from '../src/astro/previous-output.ts';
import type { BuildPhase } from '../src/astro/stop-at.ts';
import { buildSite, outputRoot, sites } from './helpers/build-site.ts';
import { interruptBuild, type Interruption } from './helpers/interrupt-build.ts';

const root = join(outputRoot, 'interrupted');
const versions = { a: join(root, 'content-a'), b: join(root, 'content-b') };
const cold = { a: join(root, 'cold-a'), b: join(root, 'cold-b') };
const content = join(root, 'content');
const out = join(root, 'site');

function build(contentDir: string, outDir: string): string {
  const { status, output } = buildSite(contentDir, outDir);
  if (status !== 0) throw new Error(output);
  return output;
}

/** The content folder the interrupted builds read, switched to one version. */
function useVersion(version: keyof typeof versions) {
  rmSync(content, { recursive: true, force: true });
  cpSync(versions[version], content, { recursive: true });
}

/** Files that are missing, extra or different in `dir` compared with `reference`: empty when they are equal. */
function differences(dir: string, reference: string): string[] {
  const want = filesUnder(reference).sort();
  const have = new Set(filesUnder(dir));
  const missing = want.filter((f) => !have.has(f)).map((f) => `missing ${f}`);
  const extra = [...have].filter((f) => !want.includes(f)).map((f) => `extra ${f}`);
  const changed = want.filter((f) => have.has(f) && !readFileSync(join(dir, f)).equals(readFileSync(join(reference, f)))).map((f) => `differs ${f}`);
  return [...missing, ...extra, ...changed];
}

beforeAll(() => {
  rmSync(root, { recursive: true, force: true });
  cpSync(sites.main.content, versions.a, { recursive: true });
  cpSync(versions.a, versions.b, { recursive: true });
  appendFileSync(join(versions.b, 'nl-nl/payment-past-due.md'), '\nEen zin met het woord kwartelkoning.\n');
  writeFileSync(join(versions.b, 'nl-nl/nieuw.md'), '---\ntitle: Nieuw artikel\nms.contentlocale: nl-NL\n---\n\n# Nieuw artikel\n\nOver de grutto.\n');
  build(versions.b, cold.b);
  useVersion('a');
  build(content, out);
  cpSync(out, cold.a, { recursive: true }); // the first build is a cold build of version a
}, 180_000);

// In build order; each stop starts from the last good build of the other version.
const stops: [BuildPhase, Interruption][] = [
  ['content-sync', 'SIGINT'],
  ['set-aside', 'SIGINT'],
  ['page-generation', 'SIGKILL'],
  ['page-generation', 'fail'],
  ['article-pages', 'fail'],
  ['host-rules', 'SIGKILL'],
  ['search-publish', 'fail'],
];

describe('a build after one that was stopped', () => {
  let version: keyof typeof versions = 'a';
  // Each stop starts from a good build: after a failed case, the next one first builds again (on main, the
  // second build after a stopped one recovered), so one failure does not hide or cause another.
  let good = true;
  for (const [phase, how] of stops) {
    it(`succeeds and equals a cold build after a build stopped at ${phase} (${how})`, async () => {
      for (let tries = 0; !good && tries < 2; tries++) good = buildSite(content, out).status === 0;
      good = false;
      version = version === 'a' ? 'b' : 'a';
      useVersion(version);
      const stopped = await interruptBuild(content, out, phase, how);
      expect(stopped.output).toContain(`stopped at ${phase}`);
      if (how === 'fail') expect(stopped.code).not.toBe(0);
      else expect(stopped.signal).toBe(how);

      const { status, output } = buildSite(content, out);
      expect(status, output).toBe(0);
      expect(differences(out, cold[version])).toEqual([]);
      good = true;
    }, 120_000);
  }

  it('leaves nothing aside in the cache once a build succeeds', () => {
    const cache = `${out}-cache`;
    expect(filesUnder(join(cache, 'help-previous-output'))).toEqual([]);
    expect(existsSync(join(cache, 'help-search')) ? readdirSync(join(cache, 'help-search')) : []).toEqual([]);
  });
});
