/**
 * Test-only failure injection: stops a build at a named phase, so test/interrupted-build.test.ts can prove
 * that a build which was interrupted or failed there never breaks the next one. The variable is read here
 * and nowhere else; unset (always, outside that test) every stop point does nothing.
 *
 *   HELP_BUILD_STOP_AT=article-pages         the build throws at that phase (a failed build)
 *   HELP_BUILD_STOP_AT=content-sync:wait     the build logs "stopped at content-sync" and waits there, so the
 *                                            test can send a real SIGINT (Ctrl-C) or SIGKILL (a crash)
 *
 * The phases, in build order (a stop point sits in the middle of each, where it leaves the most half-done):
 */
import { siteOptions } from '../site-options.ts';

export const BUILD_PHASES = [
  'content-sync', // articles rendered, changed locales being indexed into the cache (help-content-loader.ts)
  'set-aside', // the last build's pages and search bundles moved aside, dist/ not yet emptied (pagefind-index.ts)
  'page-generation', // Astro has emptied dist/ and is writing its pages (src/pages/article-shell/)
  'article-pages', // one locale's article pages back in dist/, the others not (write-article-pages.ts)
  'host-rules', // _redirects written, the nginx rules not (write-host-rules.ts)
  'search-publish', // one locale's search bundle moved into dist/, the others not (pagefind-index.ts)
] as const;
export type BuildPhase = (typeof BUILD_PHASES)[number];

const VARIABLE = 'HELP_BUILD_STOP_AT';

/** How long a `:wait` stop waits for its signal before it fails the build by itself (never hangs a CI job). */
const WAIT_MS = 120_000;

export async function stopPoint(phase: BuildPhase): Promise<void> {
  const value = siteOptions().HELP_BUILD_STOP_AT;
  if (!value) return;
  const [at, mode] = value.split(':');
  // A misspelt phase would otherwise let the build run through and the test pass without stopping anywhere.
  if (!BUILD_PHASES.includes(at as BuildPhase) || (mode !== undefined && mode !== 'wait')) {
    throw new Error(`${VARIABLE}=${value}: expected one of ${BUILD_PHASES.join(', ')}, optionally followed by :wait`);
  }
  if (at !== phase) return;
  if (mode === 'wait') {
    process.stderr.write(`stopped at ${phase}: waiting for a signal (${VARIABLE})\n`);
    await new Promise((resolve) => setTimeout(resolve, WAIT_MS));
  }
  throw new Error(`stopped at ${phase} (${VARIABLE}, a test's failure injection)`);
}
