/**
 * The scale bench's report as Markdown: each figure with its target (issue 17), and the cost per 1,000
 * articles, so reports at different sizes (or one with `--scale 4,12,36`) show how cost grows.
 */
import type { HeapSummary } from '../heap/summarize.ts';
import type { Measured, ScaleReport, ScaleRun } from './scale-bench.ts';
import { SOURCE } from './scale-corpus.ts';

const GiB = 1024;

/** Targets at 108,000 articles; the time targets scale with the article count below that. */
const TARGETS = { coldSeconds: 180, rebuildSeconds: 15, treeMiB: 2 * GiB, toolSeconds: 60, toolMiB: 2 * GiB };

export function scaleMarkdown(report: ScaleReport, meta: { date: string; cores: number; node: string; indexable: boolean }): string {
  const out = [`# Scale benchmark ${meta.date}`, '', `${meta.cores} cores, Node ${meta.node}; the articles are real Alchemy Insights articles, copied under other locale tags${meta.indexable ? ', indexable (no NOINDEX)' : ' (NOINDEX, as they come)'}. Times are wall-clock, with the CPU time of the process tree in parentheses: on a machine other work shares, wall time also counts the waits for a core.`, ''];
  for (const run of report.runs) out.push(...runTable(run));
  if (report.runs.length > 1) out.push(...growthTable(report.runs));
  if (report.shards) {
    const s = report.shards;
    const largest = report.runs.at(-1)!;
    out.push(`## ${largest.locales.length} locales in ${s.shards.length} shards, one after the other (each with an empty cache, as on a CI matrix)`, '');
    out.push('| shard | locales | time (CPU) | peak memory: build; tree |', '| --- | --- | ---: | ---: |');
    for (const [i, shard] of s.shards.entries()) out.push(`| ${i + 1} | ${shard.locales.join(', ')} | ${time(shard)} | ${shard.peakMiB} MiB; ${shard.peakTreeMiB} MiB |`);
    out.push(`| merge (\`npm run merge-shards\`, ${s.merge.files} files) | | ${time(s.merge)} | ${s.merge.peakTreeMiB} MiB |`);
    out.push(`| the first shard's locales alone (no other locale in the content) | ${s.alone.locales.join(', ')} | ${time(s.alone)} | ${s.alone.peakMiB} MiB; ${s.alone.peakTreeMiB} MiB |`, '');
    const extra = s.shards[0]!.peakTreeMiB - s.alone.peakTreeMiB;
    out.push(`What shard 1 spends on the ${largest.locales.length + 1 - s.alone.locales.length} locales it does not build (their front matter is read: translations, pickers, sitemap): ${extra} MiB of memory, ${round(s.shards[0]!.seconds - s.alone.seconds)} s. Slowest shard plus merge (the CI matrix's wall time): ${round(Math.max(...s.shards.map((x) => x.seconds)) + s.merge.seconds)} s. Merged site = single build (same files, same sizes): ${s.sameAsSingle ? 'yes' : '**no**'}.`, '');
  }
  if (report.heap) out.push(...heapTables(report.heap.summary, report.heap.atMiB, report.heap.buildFailedAfter));
  return `${out.join('\n')}\n`;
}

function runTable(run: ScaleRun): string[] {
  const per = (x: number) => round((x / run.articles) * 1000);
  const scale = run.articles / 108_000;
  const cold = median(run.cold);
  const rebuild = median(run.rebuild);
  const coldTree = Math.max(...run.cold.map((c) => c.peakTreeMiB));
  const coldOwn = Math.max(...run.cold.map((c) => c.peakMiB));
  const rows = [
    `## ${run.locales.length} locales and their source, ${run.articles} articles`,
    '',
    `Locales (copy ← real): ${SOURCE.folder} ← ${SOURCE.from} (the source), ${run.locales.map((l) => (l.folder === l.from ? l.folder : `${l.folder} ← ${l.from}`)).join(', ')}. Corpus written in ${run.corpusSeconds} s.`,
    '',
    '| measure | time (CPU) | per 1,000 articles | peak memory (process tree) | per 1,000 articles | target |',
    '| --- | ---: | ---: | ---: | ---: | --- |',
    `| cold build${run.cold.length > 1 ? `, median of ${run.cold.length}` : ''} (read ${sec(run.cold[0]!.phases.readMs)}, render ${sec(run.cold[0]!.phases.renderMs)}, article pages ${sec(run.cold[0]!.phases.articlePagesMs)}) | ${time(cold)} | ${per(cold.seconds)} s | ${coldTree} MiB (build process ${coldOwn} MiB) | ${per(coldTree)} MiB | ≤ ${round(TARGETS.coldSeconds * scale)} s${mark(cold.seconds <= TARGETS.coldSeconds * scale)}; ≤ ${TARGETS.treeMiB} MiB${mark(coldTree <= TARGETS.treeMiB)} |`,
    `| rebuild after one article changed | ${time(rebuild)} | | ${Math.max(...run.rebuild.map((r) => r.peakTreeMiB))} MiB | | ≤ ${TARGETS.rebuildSeconds} s${mark(rebuild.seconds <= TARGETS.rebuildSeconds)} |`,
  ];
  for (const t of run.tools) {
    const ok = t.ok ? '' : ' **(failed)**';
    rows.push(`| \`${t.name}\`${ok} | ${time(t)} | ${per(t.seconds)} s | ${t.peakTreeMiB} MiB | ${per(t.peakTreeMiB)} MiB | ≤ ${TARGETS.toolSeconds} s${mark(t.ok && t.seconds <= TARGETS.toolSeconds)}; ≤ ${TARGETS.toolMiB} MiB${mark(t.ok && t.peakTreeMiB <= TARGETS.toolMiB)} |`);
  }
  rows.push('', 'What the tools said:', '', ...run.tools.map((t) => `- \`${t.command}\`: ${t.says}`), '');
  return rows;
}

function growthTable(runs: ScaleRun[]): string[] {
  const rows = ['## How cost grows', '', '| locales | articles | cold build | per 1,000 | peak memory | per 1,000 | rebuild | check:links --built | its memory |', '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |'];
  for (const run of runs) {
    const cold = median(run.cold);
    const tree = Math.max(...run.cold.map((c) => c.peakTreeMiB));
    const built = run.tools.find((t) => t.name === 'check:links --built');
    rows.push(`| ${run.locales.length} | ${run.articles} | ${cold.seconds} s | ${round((cold.seconds / run.articles) * 1000)} s | ${tree} MiB | ${round((tree / run.articles) * 1000)} MiB | ${median(run.rebuild).seconds} s | ${built?.seconds ?? ''} s | ${built?.peakTreeMiB ?? ''} MiB |`);
  }
  return [...rows, ''];
}

function heapTables(summary: HeapSummary, atMiB: number, failed: boolean): string[] {
  const table = (title: string, rows: HeapSummary['byKind']) => [`| ${title} | count | MiB |`, '| --- | ---: | ---: |', ...rows.map((r) => `| ${r.what.replace(/\|/g, '\\|')} | ${r.count} | ${r.mib} |`)];
  return [
    `## The build's heap when it reached ${atMiB} MiB`,
    '',
    `A heap snapshot of the build process (main thread; ${summary.totalMiB} MiB of live objects, ${summary.nodes} nodes${failed ? '; the build stopped after it, as a heap limit that low makes it' : ''}), summarized by scripts/heap-summary.ts.`,
    '',
    ...table('what holds it first', summary.byHolder),
    '',
    ...table('kind', summary.byKind),
    '',
  ];
}

function median<T extends Measured>(runs: T[]): T {
  return [...runs].sort((a, b) => a.seconds - b.seconds)[Math.floor((runs.length - 1) / 2)]!;
}

/** Wall time, and the CPU time of the process tree: on a shared machine the second says what the run costs. */
const time = (m: Measured) => `${m.seconds} s (${m.cpuSeconds ?? '?'} s)`;
const mark = (met: boolean) => (met ? ' ✓' : ' ✗');
const sec = (ms: number) => (Number.isNaN(ms) ? '?' : `${round(ms / 1000)} s`);

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
