/**
 * linkinator as a second opinion on small built sites: the same internal links and fragments, checked by
 * another tool. Two of its traps are handled here, each with a regression test:
 * - it does not check the fragments of pages whose HTML says `noindex`/`nofollow` (all our NOINDEX
 *   articles): its silence there proves nothing, so those anchors are left to our own check;
 * - it serves the folder on http://127.0.0.1:<port>, so a skip pattern written for `localhost` can skip
 *   every link and pass. We refuse a run that checked nothing.
 */
import { LinkChecker, LinkState } from 'linkinator';

export interface CrossCheck {
  checked: number;
  broken: string[];
}

export async function linkinatorInternal(dist: string, linksToSkip: string[] = ['^(?!http://127\\.0\\.0\\.1)']): Promise<CrossCheck> {
  const result = await new LinkChecker().check({ path: dist, recurse: true, checkFragments: true, linksToSkip, concurrency: 8 });
  const checked = result.links.filter((l) => l.state !== LinkState.SKIPPED);
  if (checked.length <= 1) {
    throw new Error(`linkinator checked ${checked.length} link(s) of ${result.links.length}: a skip pattern or the server's host (127.0.0.1, not localhost) made it check nothing`);
  }
  return {
    checked: checked.length,
    // linkinator reports a local folder's pages by file path (`<dist>/en-us/c/`), other links by URL.
    broken: checked.filter((l) => l.state === LinkState.BROKEN).map((l) => (l.url.startsWith(dist) ? l.url.slice(dist.length) || '/' : l.url)).sort(),
  };
}
