/**
 * Run as a child process (test/heap-growth.test.ts): holds about 60 MB of live strings, makes garbage the way
 * page writing does (pages of 60 KB, a few thousand alive at once, as a locale's pages were), and prints the largest heap V8 kept, in MB.
 * With `near` it first calls keepHeapNearLive, as the build does; with `page-writer`, as the page writer does.
 */
import { keepHeapNearLive, PAGE_WRITER_HEAP_GROWING_PERCENT } from '../../src/astro/heap-growth.ts';

if (process.argv[2] === 'near') keepHeapNearLive();
if (process.argv[2] === 'page-writer') keepHeapNearLive(PAGE_WRITER_HEAP_GROWING_PERCENT);
const live: string[] = [];
// Flat strings, each its own memory (`'x'.repeat()` and `padEnd` share their parts in V8).
const text = (n: number) => Buffer.alloc(30_000, 97 + (n % 26)).toString('latin1') + String(n);
for (let i = 0; i < 2000; i++) live.push(text(i));
let most = 0;
let window: string[] = [];
for (let page = 0; page < 60_000; page++) {
  window.push(text(page));
  if (window.length > 3000) window = [];
  if (page % 500 === 0) most = Math.max(most, process.memoryUsage().heapTotal);
}
console.log(JSON.stringify({ live: live.length, mostMB: Math.round(most / 1048576) }));
