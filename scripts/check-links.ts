/**
 * `npm run check:links` — broken links, anchors and short links, reported where the author wrote them.
 *
 *   npm run check:links                        source checks over content/ (no build needed)
 *   npm run check:links -- --built dist        and every internal link and anchor of the built site
 *   npm run check:links -- --format json       or github (the default inside GitHub Actions)
 *   npm run check:links -- --external          and the external links (cached for a day)
 *   CONTENT_DIR=../shared/corpus/alchemy npm run check:links
 *
 * Severities, ignores and external-link settings: linkcheck.config.json (see lib/link-check/config.ts).
 * Exit code 1 when there is an error, 0 with warnings only, 2 when the command line is wrong (a folder
 * that does not exist, an unknown format).
 */
import { siteOptions } from '../src/site-options.ts';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { openRenderCache, renderCachePath } from '../src/pipeline/render-cache-file.ts';
import { report, type Format } from './lib/link-check/reporters.ts';
import { readLinkCheckConfig } from './lib/link-check/config.ts';
import { missingFolders } from './lib/link-check/folders.ts';
import { runLinkCheck } from './lib/link-check/run.ts';
import { sourceLocale } from '../src/i18n/site-config.ts';

const { values } = parseArgs({
  options: {
    content: { type: 'string', default: siteOptions().CONTENT_DIR },
    built: { type: 'string' },
    format: { type: 'string', default: process.env['GITHUB_ACTIONS'] === 'true' ? 'github' : 'terminal' },
    'source-locale': { type: 'string', default: sourceLocale },
    external: { type: 'boolean', default: false },
    config: { type: 'string', default: 'linkcheck.config.json' },
  },
});
if (!['terminal', 'json', 'github'].includes(values.format)) {
  console.error(`check:links: --format ${values.format} is not one of terminal, json, github`);
  process.exit(2);
}

const contentDir = resolve(values.content);
const built = values.built ? resolve(values.built) : undefined;
const missing = missingFolders({ content: contentDir, built });
if (missing.length > 0) {
  for (const problem of missing) console.error(`check:links: ${problem}`);
  process.exit(2);
}

// The build's render cache makes this fast after a build; it is only read here (without its HTML), the build owns it.
const cache = openRenderCache(renderCachePath(resolve(siteOptions().ASTRO_CACHE_DIR)), 'facts');
let config;
try {
  config = readLinkCheckConfig(resolve(values.config));
} catch (error) {
  console.error(`check:links: ${(error as Error).message}`);
  process.exit(2);
}
const { findings, summary } = await runLinkCheck({
  config,
  external: values.external ? { cacheFile: resolve('node_modules/.cache/help-external-links.json') } : undefined,
  contentDir,
  sourceLocale: values['source-locale'],
  built,
  cache,
  progress: (text) => process.stderr.write(`check:links: ${text}\n`),
});
console.log(report(findings, values.format as Format, summary));
process.exitCode = findings.some((f) => f.severity === 'error') ? 1 : 0;
