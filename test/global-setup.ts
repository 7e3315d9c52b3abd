/** Builds the sites the build and browser tests read, once per test run. */
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSite, outputRoot, sites } from './helpers/build-site.ts';
import { makeHistoryRepo } from './helpers/git-fixture.ts';

export default function setup() {
  rmSync(outputRoot, { recursive: true, force: true });
  makeHistoryRepo(join(outputRoot, 'history-repo'));
  for (const site of Object.values(sites)) {
    const { status, output } = buildSite(site.content, site.out);
    if (status !== 0) throw new Error(`building ${site.content} failed:\n${output}`);
    // The build's log, for tests of what it reports (test/site-build.test.ts).
    writeFileSync(`${site.out}.log`, output);
  }
}
