/**
 * Run as a child process with `--expose-gc` (test/load-memory.test.ts): loads a content folder, keeps what the
 * load returned (as the build session does until its last page is written), collects, and prints the heap
 * still used, in bytes, as JSON. What a test compares it with is the size of the articles' text.
 */
import { loadContent } from '../../src/pipeline/load-content.ts';
import { openRenderCache } from '../../src/pipeline/render-cache-file.ts';

const [contentDir, mode, cacheDir] = process.argv.slice(2);
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc || !contentDir) throw new Error('usage: node --expose-gc retained-heap.ts <content folder> <render|defer> [cache folder]');
gc();
const before = process.memoryUsage().heapUsed;
const loaded =
  mode === 'defer'
    ? loadContent({ contentDir, deferRender: true })
    : loadContent({ contentDir, cache: openRenderCache(cacheDir!), setAside: true });
gc();
gc();
console.log(JSON.stringify({ articles: loaded.articles.length, errors: loaded.errorCount, retained: process.memoryUsage().heapUsed - before }));
