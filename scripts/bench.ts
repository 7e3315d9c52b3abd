/**
 * `npm run bench`: build speed, memory, page weight, search and link-check timings on the shared corpus.
 *
 *   npm run bench -- [--content ../shared/corpus/alchemy] [--runs 3] [--out bench/results] [--peer starlight]
 *
 * `--peer starlight` also builds the same articles with the Astro Starlight site in ../shared/peers/starlight
 * (`--peer-dir` to point elsewhere), once with its minimal and once with its default sidebar.
 *
 * A benchmark, not a test: machines are noisy, so it reports medians and ranges and compares ratios from one
 * run. It works on a copy of the content (one article is edited for the rebuild figure).
 *
 * At scale (lib/bench/scale-bench.ts): corpora of N locales made from the real ones in --corpora, the build,
 * the rebuild and the writer tools, each with its time and the peak memory of its process tree:
 *
 *   npm run bench -- --scale 36 [--shards 6] [--runs 1] [--indexable] [--heap-snapshot 2500]
 *   npm run bench -- --scale 4,12,36                       how cost grows, one table
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildPhases, median, runBuild, type BuildRun } from './lib/bench/run-build.ts';
import { pageWeight } from './lib/bench/page-weight.ts';
import { searchTiming } from './lib/bench/search-timing.ts';
import { runLinkCheck } from './lib/link-check/run.ts';
import { openRenderCache, renderCachePath } from '../src/pipeline/render-cache-file.ts';
import { benchStarlight, type PeerFigures } from './lib/bench/peer-starlight.ts';
import { runScaleBench } from './lib/bench/scale-bench.ts';
import { outOfTheWay } from './lib/bench/out-of-the-way.ts';
import { scaleMarkdown } from './lib/bench/scale-report.ts';

const { values } = parseArgs({
  options: {
    content: { type: 'string', default: '../shared/corpus/alchemy' },
    runs: { type: 'string' },
    out: { type: 'string', default: 'bench/results' },
    peer: { type: 'string' },
    'peer-dir': { type: 'string', default: '../shared/peers/starlight' },
    scale: { type: 'string' },
    corpora: { type: 'string', default: '../shared/corpus/alchemy,../shared/corpus/more-locales' },
    shards: { type: 'string' },
    indexable: { type: 'boolean', default: false },
    'heap-snapshot': { type: 'string' },
  },
});
const projectRoot = resolve('.');
if (values.scale !== undefined) {
  await benchScale();
  process.exit(process.exitCode ?? 0);
}
const runs = Number(values.runs ?? 3);
const work = mkdtempSync(join(tmpdir(), 'help-bench-'));
const content = join(work, 'content');
cpSync(resolve(values.content), content, { recursive: true });
const out = join(work, 'dist');
const cache = join(work, 'cache/');
const env = { CONTENT_DIR: content, OUT_DIR: out, ASTRO_CACHE_DIR: cache };
const log = (text: string) => process.stderr.write(`bench: ${text}\n`);
const locales = readdirSync(content, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);

function must(run: BuildRun): BuildRun {
  if (!run.ok) throw new Error(`the build failed:\n${run.output.slice(-3000)}`);
  return run;
}
const articlesIn = (run: BuildRun) => Number(/(\d+) articles in/.exec(run.output)?.[1] ?? 0);

const cold: BuildRun[] = [];
// Cleared by moving aside, deleted at the end (out-of-the-way.ts): a cold build does not pay for deleting the last one.
const trash = join(work, 'trash');
for (let i = 0; i < runs; i++) {
  outOfTheWay(cache, trash);
  outOfTheWay(out, trash);
  log(`cold build ${i + 1}/${runs}`);
  cold.push(must(await runBuild(projectRoot, env)));
}
const articles = articlesIn(cold[0]!);

// One article changed: the render cache serves the rest. As many rebuilds as cold builds, each after a change.
const changed = join(content, locales[0]!, readdirSync(join(content, locales[0]!)).find((f) => f.endsWith('.md'))!);
const warm: BuildRun[] = [];
for (let i = 0; i < runs; i++) {
  appendFileSync(changed, `\nOne more sentence, for the benchmark (${i + 1}).\n`);
  log(`rebuild after one article changed ${i + 1}/${runs}`);
  warm.push(must(await runBuild(projectRoot, env)));
}

log('page weight, search, link check');
// Dutch when there is Dutch: the seed's language, and a query we know ("wachtwoord", password).
const reader = locales.includes('nl-nl') ? 'nl-nl' : locales[0]!;
// The seed's article when the corpus has it (the peer's minimal sidebar links it too), else the first one.
const pages = readdirSync(join(out, reader), { withFileTypes: true }).filter((e) => e.isDirectory() && e.name !== 'search').map((e) => e.name);
const sample = pages.includes('declined-credit-card') ? 'declined-credit-card' : pages[0]!;
const weight = pageWeight(out, `/${reader}/${sample}/`);
const search = await searchTiming(out, `/${reader}/`, reader === 'nl-nl' ? 'wachtwoord' : sample.split('-')[0]!);
const linkStarted = performance.now();
const links = await runLinkCheck({ contentDir: content, built: out, cache: openRenderCache(renderCachePath(cache), 'facts') });
const linkSeconds = (performance.now() - linkStarted) / 1000;

// Scale: one locale alone, cold, for the 3,000 vs 12,000 ratio.
const single = join(work, 'single');
mkdirSync(single);
cpSync(join(content, locales[0]!), join(single, locales[0]!), { recursive: true });
outOfTheWay(cache, trash);
log(`cold build of ${locales[0]} alone`);
const one = must(await runBuild(projectRoot, { ...env, CONTENT_DIR: single, OUT_DIR: join(work, 'dist-single') }));

let peer: PeerFigures | undefined;
let peerError: string | undefined;
if (values.peer === 'starlight') {
  try {
    peer = await benchStarlight({ peer: resolve(values['peer-dir']), content, locales, work, samplePage: `/${reader}/${sample}/`, log });
  } catch (error) {
    // Our figures are still worth a report.
    peerError = error instanceof Error ? error.message : String(error);
    log(`peer failed: ${peerError.slice(0, 2000)}`);
  }
} else if (values.peer) {
  throw new Error(`--peer ${values.peer}: the peer this bench knows is "starlight"`);
}

const coldSeconds = cold.map((r) => r.seconds);
const warmSeconds = warm.map((r) => r.seconds);
const phases = (run: BuildRun) => ({ seconds: round(run.seconds), ...buildPhases(run.output) });
const report = {
  date: new Date().toISOString(),
  machine: { cores: (await import('node:os')).availableParallelism(), node: process.version },
  corpus: { articles, locales },
  build: {
    coldMedianSeconds: round(median(coldSeconds)),
    coldRangeSeconds: [round(Math.min(...coldSeconds)), round(Math.max(...coldSeconds))],
    peakMiB: Math.max(...cold.map((r) => r.peakMiB)),
    peakTreeMiB: Math.max(...cold.map((r) => r.peakTreeMiB)),
    pagesPerSecond: Math.round(articles / median(coldSeconds)),
    coldRuns: cold.map(phases),
    rebuildOneChangedSeconds: round(median(warmSeconds)),
    rebuildRangeSeconds: [round(Math.min(...warmSeconds)), round(Math.max(...warmSeconds))],
    singleLocale: { articles: articlesIn(one), seconds: round(one.seconds), ratio: round(median(coldSeconds) / one.seconds) },
  },
  pageWeight: weight,
  search,
  linkCheck: { seconds: round(linkSeconds), ...links.summary, findings: links.findings.length },
  peer,
  peerError,
};
rmSync(work, { recursive: true, force: true });

mkdirSync(values.out, { recursive: true });
const stamp = report.date.replace(/[:.]/g, '-');
writeFileSync(join(values.out, `bench-${stamp}.json`), JSON.stringify(report, null, 1));
const md = `# Benchmark ${report.date}

${report.corpus.articles} articles in ${locales.join(', ')}; ${report.machine.cores} cores, Node ${report.machine.node}.

| measure | value | target |
| --- | --- | --- |
| cold build, median of ${runs} (range) | ${report.build.coldMedianSeconds} s (${report.build.coldRangeSeconds.join('–')} s) | ≤ 40 s |
| peak memory: the build process; with the Pagefind processes it starts | ${report.build.peakMiB} MiB; ${report.build.peakTreeMiB} MiB | < 1536 MiB |
| pages per second | ${report.build.pagesPerSecond} | |
| cold builds, one by one (s) | ${coldSeconds.map(round).join(', ')} | |
| rebuild after one article changed, median of ${runs} (range) | ${report.build.rebuildOneChangedSeconds} s (${report.build.rebuildRangeSeconds.join('–')} s) | ≤ 10 s |
| one locale (${report.build.singleLocale.articles} articles) cold; all ÷ one | ${report.build.singleLocale.seconds} s; ${report.build.singleLocale.ratio}× | ≤ 4× |
| article page, first load (gzip: HTML + CSS + JS) | ${weight.totalGzip} B (${weight.htmlGzip} + ${weight.cssGzip} + ${weight.jsGzip}) | ≤ 12 KB, JS ≤ 3 KB |
| search: first results after the last keystroke | ${search.msAfterLastKey} ms | ≤ 150 ms |
| search: first query downloads (gzip) | ${search.firstQueryBytesGzip} B in ${search.requests} requests | ≤ 150 KB |
| link check, source and built site | ${report.linkCheck.seconds} s | ≤ 60 s |
${peer ? peerTable(peer) : ''}${peerError ? `\nThe peer build failed: ${peerError.split('\n')[0]}\n` : ''}`;
writeFileSync(join(values.out, `bench-${stamp}.md`), md);
console.log(md);

function peerTable(p: PeerFigures): string {
  const rows = p.builds.map((b) => {
    const sidebar = b.sidebar === 'manual' ? 'minimal sidebar' : 'default sidebar';
    const target = b.sidebar === 'manual' ? '≥ 2×' : '≥ 10×';
    const weight = b.weight ? `${b.weight.totalGzip} B (${b.weight.htmlGzip} + ${b.weight.cssGzip} + ${b.weight.jsGzip})` : 'page not found';
    return `| Starlight, ${sidebar} | ${b.seconds} s | ${round(b.seconds / report.build.coldMedianSeconds)}× (${target}) | ${b.peakMiB} MiB; ${b.peakTreeMiB} MiB | ${b.pagesPerSecond} | ${weight} |`;
  });
  return `
## Side by side: ${p.name}, ${p.articles} articles, one cold build each

| site | cold build | peer ÷ ours (target) | peak memory (process; tree) | pages per second | ${sample} first load, gzip (HTML + CSS + JS) |
| --- | --- | --- | --- | --- | --- |
| ours, median | ${report.build.coldMedianSeconds} s | | ${report.build.peakMiB} MiB; ${report.build.peakTreeMiB} MiB | ${report.build.pagesPerSecond} | ${weight.totalGzip} B (${weight.htmlGzip} + ${weight.cssGzip} + ${weight.jsGzip}) |
${rows.join('\n')}
`;
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}

/** `--scale N`: the scale bench (lib/bench/scale-bench.ts), its report next to the others. */
async function benchScale() {
  const counts = values.scale!.split(',').map(Number);
  const work = mkdtempSync(join(tmpdir(), 'help-scale-'));
  const log = (text: string) => process.stderr.write(`bench: ${new Date().toISOString().slice(11, 19)} ${text}\n`);
  const report = await runScaleBench({
    projectRoot,
    corpora: values.corpora.split(',').map((c) => resolve(c)),
    counts,
    shards: values.shards ? Number(values.shards) : undefined,
    runs: Number(values.runs ?? 1),
    indexable: values.indexable,
    heapSnapshotMiB: values['heap-snapshot'] ? Number(values['heap-snapshot']) : undefined,
    work,
    log,
  }).finally(() => rmSync(work, { recursive: true, force: true }));
  const date = new Date().toISOString();
  const md = scaleMarkdown(report, { date, cores: (await import('node:os')).availableParallelism(), node: process.version, indexable: values.indexable });
  mkdirSync(values.out, { recursive: true });
  const stamp = `scale-${counts.join('-')}-${date.replace(/[:.]/g, '-')}`;
  writeFileSync(join(values.out, `${stamp}.json`), JSON.stringify({ date, ...report }, null, 1));
  writeFileSync(join(values.out, `${stamp}.md`), md);
  console.log(md);
}
