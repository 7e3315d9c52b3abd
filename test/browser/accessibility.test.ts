/** axe-core in Chromium: no serious or critical violation on the pages readers use, in nl-nl and ar-sa. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { useBuiltSite } from '../helpers/browser.ts';
import { sites } from '../helpers/build-site.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const main = useBuiltSite(sites.main.out);
const fixture = useBuiltSite(sites.fixture.out);

interface Violation {
  id: string;
  impact: string | null;
  nodes: { target: string[] }[];
}

async function audit(site: typeof main, path: string, scheme: 'light' | 'dark') {
  const tab = await site.browser().newPage({ colorScheme: scheme });
  await tab.goto(`${site.url()}${path}`);
  await tab.addScriptTag({ content: axeSource });
  const violations = (await tab.evaluate(async () => {
    const result = await (window as unknown as { axe: { run(): Promise<{ violations: unknown[] }> } }).axe.run();
    return result.violations;
  })) as Violation[];
  await tab.close();
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const pages: [string, typeof main, string][] = [
  ['nl-nl article', main, '/nl-nl/declined-credit-card/'],
  ['nl-nl home', main, '/nl-nl/'],
  ['nl-nl search', main, '/nl-nl/search/?q=creditcard'],
  ['ar-sa article', fixture, '/ar-sa/teams-ediscovery/'],
  ['ar-sa home', fixture, '/ar-sa/'],
  ['ar-sa search', fixture, '/ar-sa/search/?q=Teams'],
];

describe('accessibility (axe-core)', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it.each(pages)(`finds nothing serious on the %s (${scheme})`, async (_, site, path) => {
      expect(await audit(site, path, scheme)).toEqual([]);
    });
  }
});
