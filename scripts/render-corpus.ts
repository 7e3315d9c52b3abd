/**
 * Renders a whole content folder with the pipeline (no Astro) and prints what rendering did:
 *
 *   npm run render:corpus -- ../shared/corpus/alchemy [--threads 1]
 *
 * Counts articles, legacy anchors adopted, placeholders kept as text, alerts, videos, empty links repaired,
 * unsafe items removed, missing images, and failures (content errors), with the time per 1,000 articles.
 */
import { resolve } from 'node:path';
import { formatDiagnostic } from '../src/pipeline/diagnostics.ts';
import { loadContentInParallel } from '../src/pipeline/load-content.ts';

const contentDir = resolve(process.argv[2] ?? 'content');
const started = performance.now();
// All cores, as the build does; --threads 1 measures one core.
const threads = process.argv.includes('--threads') ? Number(process.argv[process.argv.indexOf('--threads') + 1]) : undefined;
const loaded = await loadContentInParallel({ contentDir, ...(threads ? { threads } : {}) });
const seconds = (performance.now() - started) / 1000;

const totals = { legacyAnchors: 0, placeholders: 0, alerts: 0, videos: 0, emptyLinksRepaired: 0, removed: 0, missingImages: 0 };
for (const { stats } of loaded.articles) for (const key of Object.keys(totals) as (keyof typeof totals)[]) totals[key] += stats[key];

const rows: [string, number | string][] = [
  ['articles', loaded.articles.length],
  ['locales', loaded.locales.map((l) => l.folder).join(', ')],
  ['anchors adopted', totals.legacyAnchors],
  ['placeholders kept as text', totals.placeholders],
  ['alerts', totals.alerts],
  ['videos', totals.videos],
  ['empty links repaired', totals.emptyLinksRepaired],
  ['unsafe items removed', totals.removed],
  ['missing images shown as alt text', totals.missingImages],
  ['warnings', loaded.diagnostics.length - loaded.errorCount],
  ['failures', loaded.errorCount],
  ['seconds', seconds.toFixed(1)],
  ['seconds per 1,000 articles', ((seconds * 1000) / Math.max(1, loaded.articles.length)).toFixed(2)],
];
const width = Math.max(...rows.map(([k]) => k.length));
for (const [key, value] of rows) console.log(`${key.padEnd(width)}  ${value}`);
for (const d of loaded.diagnostics.filter((x) => x.severity === 'error')) console.error(formatDiagnostic(d));
process.exitCode = loaded.errorCount > 0 ? 1 : 0;
