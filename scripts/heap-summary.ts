/**
 * `npx tsx scripts/heap-summary.ts <file.heapsnapshot> [--top 25]`: where a process's memory is, as two
 * Markdown tables (by kind of object, by what holds it first), from a heap snapshot of any size. Take one
 * of a build when its heap reaches a size with `npm run bench -- --scale N --heap-snapshot MiB` (lib/bench/heap-at-limit.ts), or
 * of any Node process with `node --heapsnapshot-signal=SIGUSR2` and `kill -USR2 <pid>`.
 */
import { parseArgs } from 'node:util';
import { readSnapshot } from './lib/heap/read-snapshot.ts';
import { summarize, summaryMarkdown } from './lib/heap/summarize.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { top: { type: 'string', default: '25' } } });
if (positionals.length !== 1) {
  console.error('heap-summary: give one .heapsnapshot file');
  process.exit(2);
}
console.log(summaryMarkdown(summarize(await readSnapshot(positionals[0]!), Number(values.top))));
