/**
 * `npm run bench -- --scale N`: how cost grows with the site. For each N, a corpus of N locales made from the
 * real ones, and their en-us source (scale-corpus.ts), is built cold and again after one article changed, and the writer tools run on
 * it as a writer runs them, each its own process, timed, with the peak memory of its whole process tree
 * (measured-run.ts). With `--shards K`, the largest corpus is also built as K shards one after the other
 * (`LOCALES=…`, each with an empty cache, as on a CI matrix) and merged with `npm run merge-shards`; the
 * first shard's locales are built alone too, which says what a shard spends on the locales it does not build.
 *
 * Times are wall-clock on a shared machine: compare within one report.
 */
import { cpSync, mkdirSync, readdirSync, rmSync, statSync, appendFileSync } from 'node:fs';
import { outOfTheWay } from './out-of-the-way.ts';
import { join } from 'node:path';
import { filesUnder } from '../../../src/pipeline/walk-files.ts';
import { heapAtLimit } from './heap-at-limit.ts';
import { runMeasured, type MeasuredRun } from './measured-run.ts';
import { buildPhases, runBuild, type BuildPhases } from './run-build.ts';
import { makeScaleCorpus, SOURCE, type ScaleLocale } from './scale-corpus.ts';
import { readSnapshot } from '../heap/read-snapshot.ts';
import { summarize, type HeapSummary } from '../heap/summarize.ts';

export interface Measured {
  seconds: number;
  /** CPU time of the process tree: what the run costs, however busy the machine was. */
  cpuSeconds: number;
  peakTreeMiB: number;
  ok: boolean;
}

export interface ToolRun extends Measured {
  name: string;
  command: string;
  /** The tool's own last line of figures (`articles: 108278, …`), or its exit code's meaning. */
  says: string;
}

export interface ScaleRun {
  locales: ScaleLocale[];
  articles: number;
  corpusSeconds: number;
  cold: (Measured & { peakMiB: number; phases: BuildPhases })[];
  rebuild: Measured[];
  tools: ToolRun[];
}

export interface ShardRun {
  shards: (Measured & { locales: string[]; peakMiB: number })[];
  merge: Measured & { files: number };
  /** The first shard's locales alone, cold: the same locales without the others' front matter. */
  alone: Measured & { locales: string[]; peakMiB: number };
  /** The merged site has the files of the single build, each of the same size. */
  sameAsSingle: boolean;
}

export interface ScaleOptions {
  projectRoot: string;
  corpora: string[];
  counts: number[];
  shards?: number | undefined;
  runs: number;
  indexable: boolean;
  /** Take a heap snapshot of the largest build when its heap reaches this many MiB. */
  heapSnapshotMiB?: number | undefined;
  work: string;
  log: (text: string) => void;
}

export interface ScaleReport {
  runs: ScaleRun[];
  shards?: ShardRun;
  heap?: { atMiB: number; summary: HeapSummary; buildFailedAfter: boolean };
}

const articlesIn = (output: string) => Number(/(\d+) articles in/.exec(output)?.[1] ?? 0);
const measured = (r: MeasuredRun): Measured => ({ seconds: round(r.seconds), cpuSeconds: round(r.cpuSeconds), peakTreeMiB: r.peakTreeMiB, ok: r.ok });

export async function runScaleBench(options: ScaleOptions): Promise<ScaleReport> {
  const { projectRoot, work, log } = options;
  const tsx = join(projectRoot, 'node_modules/tsx/dist/cli.mjs');
  const report: ScaleReport = { runs: [] };
  const largest = Math.max(...options.counts);
  for (const count of options.counts) {
    const content = join(work, `content-${count}`);
    const out = join(work, `dist-${count}`);
    const cache = join(work, `cache-${count}/`);
    log(`${count} locales: making the corpus`);
    const started = performance.now();
    const corpus = makeScaleCorpus(options.corpora, count, content, { indexable: options.indexable });
    const corpusSeconds = round((performance.now() - started) / 1000);
    const env = { CONTENT_DIR: content, OUT_DIR: out, ASTRO_CACHE_DIR: cache };
    const must = (run: MeasuredRun, what: string) => {
      if (!run.ok) throw new Error(`${what} failed:\n${run.output.slice(-3000)}`);
      return run;
    };

    const cold: ScaleRun['cold'] = [];
    let articles = 0;
    for (let i = 0; i < options.runs; i++) {
      // Moved aside, deleted when the bench is done (out-of-the-way.ts).
      outOfTheWay(cache, join(work, 'trash'));
      outOfTheWay(out, join(work, 'trash'));
      log(`${count} locales: cold build ${i + 1}/${options.runs}`);
      const run = must(await runBuild(projectRoot, env), 'the cold build');
      articles = articlesIn(run.output);
      cold.push({ ...measured(run), peakMiB: run.peakMiB, phases: buildPhases(run.output) });
    }
    const first = corpus.locales[0]!.folder;
    const changed = join(content, first, readdirSync(join(content, first)).find((f) => f.endsWith('.md'))!);
    const rebuild: Measured[] = [];
    for (let i = 0; i < options.runs; i++) {
      appendFileSync(changed, `\nOne more sentence, for the benchmark (${i + 1}).\n`);
      log(`${count} locales: rebuild after one article changed ${i + 1}/${options.runs}`);
      rebuild.push(measured(must(await runBuild(projectRoot, env), 'the rebuild')));
    }

    // The tools as a writer runs them after a build: the build's cache is there, in its own processes.
    const tool = async (name: string, script: string, args: string[]): Promise<ToolRun> => {
      log(`${count} locales: ${name}`);
      const run = await runMeasured(process.execPath, [tsx, join(projectRoot, 'scripts', script), ...args], { cwd: projectRoot, env: { ...env, GITHUB_ACTIONS: 'false' } });
      const says = /^(articles: .*|findings in translations: .*|Source locale: .*)$/m.exec(run.stdout)?.[1] ?? run.output.trim().split('\n').slice(-1)[0] ?? '';
      // Exit code 1 means findings, not failure; anything else (a crash, out of memory) is a failure.
      const ok = run.ok || /error\(s\)|Translation status/.test(run.stdout);
      return { name, command: `${script} ${args.join(' ')}`.trim(), ...measured(run), ok, says };
    };
    const tools = [
      await tool('check:links (source)', 'check-links.ts', []),
      await tool('check:links --built', 'check-links.ts', ['--built', out]),
      await tool('l10n:status', 'l10n.ts', ['status']),
      await tool('l10n:check', 'l10n.ts', ['check']),
    ];
    report.runs.push({ locales: corpus.locales, articles, corpusSeconds, cold, rebuild, tools });

    if (count === largest && options.shards) report.shards = await shardBuilds({ ...options, content, single: out, locales: corpus.locales, shards: options.shards, tsx });
    if (count === largest && options.heapSnapshotMiB) report.heap = await buildHeap({ ...options, env, atMiB: options.heapSnapshotMiB });
    if (count !== largest) rmSync(join(work, `dist-${count}`), { recursive: true, force: true });
  }
  return report;
}

async function shardBuilds(o: ScaleOptions & { content: string; single: string; locales: ScaleLocale[]; shards: number; tsx: string }): Promise<ShardRun> {
  // The source is a locale like the others here: some shard writes its pages.
  const groups = split([SOURCE.folder, ...o.locales.map((l) => l.folder)], o.shards);
  const shards: ShardRun['shards'] = [];
  const folders: string[] = [];
  for (const [i, locales] of groups.entries()) {
    const out = join(o.work, `shard-${i + 1}`);
    const cache = join(o.work, `shard-${i + 1}-cache/`);
    rmSync(out, { recursive: true, force: true });
    rmSync(cache, { recursive: true, force: true });
    o.log(`shard ${i + 1}/${groups.length}: LOCALES=${locales.join(',')}`);
    const run = await runBuild(o.projectRoot, { CONTENT_DIR: o.content, OUT_DIR: out, ASTRO_CACHE_DIR: cache, LOCALES: locales.join(',') });
    if (!run.ok) throw new Error(`shard ${i + 1} failed:\n${run.output.slice(-3000)}`);
    shards.push({ locales, ...measured(run), peakMiB: run.peakMiB });
    folders.push(out);
    rmSync(cache, { recursive: true, force: true });
  }
  const merged = join(o.work, 'merged');
  rmSync(merged, { recursive: true, force: true });
  o.log('merging the shards');
  const merge = await runMeasured(process.execPath, [o.tsx, join(o.projectRoot, 'scripts/merge-shards.ts'), ...folders, '--out', merged], { cwd: o.projectRoot });
  if (!merge.ok) throw new Error(`merge-shards failed:\n${merge.output.slice(-3000)}`);
  const files = Number(/: (\d+) files/.exec(merge.stdout)?.[1] ?? 0);
  const sameAsSingle = sameFiles(merged, o.single);
  for (const folder of [...folders, merged]) rmSync(folder, { recursive: true, force: true });

  // The first shard's locales in a content folder of their own: what the shard would cost without the others.
  const alone = join(o.work, 'content-alone');
  rmSync(alone, { recursive: true, force: true });
  mkdirSync(alone);
  for (const locale of groups[0]!) cpSync(join(o.content, locale), join(alone, locale), { recursive: true });
  o.log(`the first shard's locales alone: ${groups[0]!.join(',')}`);
  const aloneOut = join(o.work, 'dist-alone');
  const run = await runBuild(o.projectRoot, { CONTENT_DIR: alone, OUT_DIR: aloneOut, ASTRO_CACHE_DIR: join(o.work, 'cache-alone/') });
  if (!run.ok) throw new Error(`the build of the first shard's locales alone failed:\n${run.output.slice(-3000)}`);
  for (const folder of [alone, aloneOut, join(o.work, 'cache-alone')]) rmSync(folder, { recursive: true, force: true });
  return { shards, merge: { ...measured(merge), files }, alone: { locales: groups[0]!, ...measured(run), peakMiB: run.peakMiB }, sameAsSingle };
}

async function buildHeap(o: ScaleOptions & { env: Record<string, string>; atMiB: number }) {
  const dir = join(o.work, 'heap');
  mkdirSync(dir, { recursive: true });
  rmSync(o.env['ASTRO_CACHE_DIR']!, { recursive: true, force: true });
  o.log(`a cold build, with a heap snapshot when its heap reaches ${o.atMiB} MiB`);
  const { run, snapshot } = await heapAtLimit(process.execPath, [join(o.projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build'], { cwd: o.projectRoot, env: o.env, heapMiB: o.atMiB, dir });
  if (!snapshot) throw new Error(`the build's heap never reached ${o.atMiB} MiB: give a smaller --heap-snapshot (the build ${run.ok ? 'passed' : 'failed'})`);
  o.log('summarizing the heap snapshot');
  const summary = summarize(await readSnapshot(snapshot), 30);
  rmSync(dir, { recursive: true, force: true });
  return { atMiB: o.atMiB, summary, buildFailedAfter: !run.ok };
}

/** `n` groups of consecutive items, sizes differing by one at most. */
export function split<T>(items: readonly T[], n: number): T[][] {
  const groups: T[][] = [];
  let at = 0;
  for (let i = 0; i < n; i++) {
    const size = Math.floor(items.length / n) + (i < items.length % n ? 1 : 0);
    groups.push(items.slice(at, at + size));
    at += size;
  }
  return groups.filter((g) => g.length > 0);
}

/** The same file names with the same sizes (a byte-for-byte comparison is test/shards.test.ts's job). */
function sameFiles(a: string, b: string): boolean {
  const list = (root: string) => filesUnder(root).sort();
  const left = list(a);
  const right = list(b);
  return left.length === right.length && left.every((f, i) => f === right[i] && statSync(join(a, f)).size === statSync(join(b, f)).size);
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
