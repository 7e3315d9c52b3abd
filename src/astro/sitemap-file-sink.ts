/**
 * Sitemap files written to dist/ as the splitter makes them (src/pipeline/sitemap/split-sitemap.ts): chunks
 * are gathered up to a megabyte and written, so a 50 MB sitemap is never one string. A file is written under
 * a temporary name and renamed when the splitter names it (`sitemap-nl-nl.xml` alone, or
 * `sitemap-nl-nl-1.xml` of several), which it knows only at the end of the locale.
 */
import { closeSync, openSync, renameSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { SitemapSink } from '../pipeline/sitemap/split-sitemap.ts';

const FLUSH_AT = 1 << 20;

export function sitemapFileSink(out: string): SitemapSink {
  const partial = join(out, '.sitemap-partial.xml');
  let fd: number | undefined;
  let pending: string[] = [];
  let pendingLength = 0;
  const flush = () => {
    if (pending.length > 0) writeSync(fd!, pending.join(''));
    pending = [];
    pendingLength = 0;
  };
  return {
    begin() {
      if (fd !== undefined) throw new Error('A sitemap file was begun before the last one ended.');
      fd = openSync(partial, 'w');
    },
    write(chunk) {
      pending.push(chunk);
      pendingLength += chunk.length;
      if (pendingLength >= FLUSH_AT) flush();
    },
    end(name) {
      flush();
      closeSync(fd!);
      fd = undefined;
      renameSync(partial, join(out, name));
    },
  };
}
