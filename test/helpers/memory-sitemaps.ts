/**
 * A sitemap sink that keeps each file in memory, by name, for tests of the writers (src/pipeline/sitemap/),
 * and the largest single write, which shows whether they stream (a file made as one string is one write).
 */
import type { SitemapSink } from '../../src/pipeline/sitemap/split-sitemap.ts';

export function memorySink(): SitemapSink & { files: Map<string, string>; largestWrite: number } {
  const files = new Map<string, string>();
  let chunks: string[] | undefined;
  let largestWrite = 0;
  return {
    files,
    get largestWrite() {
      return largestWrite;
    },
    begin() {
      if (chunks) throw new Error('begin() while a file is open');
      chunks = [];
    },
    write(chunk) {
      if (!chunks) throw new Error('write() with no file open');
      largestWrite = Math.max(largestWrite, chunk.length);
      chunks.push(chunk);
    },
    end(name) {
      if (!chunks) throw new Error('end() with no file open');
      if (files.has(name)) throw new Error(`${name} written twice`);
      files.set(name, chunks.join(''));
      chunks = undefined;
    },
  };
}
