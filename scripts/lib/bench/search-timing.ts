/**
 * Search as a reader feels it, in Chromium against the built site on 127.0.0.1: time from the last keystroke
 * to the first results on screen, and the bytes the first query downloads (gzip as a host would serve them;
 * Pagefind's index files are compressed already).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchBrowser } from '../../../test/helpers/browser.ts';
import { serveStatic } from '../../../test/helpers/static-server.ts';

export interface SearchTiming {
  query: string;
  page: string;
  msAfterLastKey: number;
  firstQueryBytesGzip: number;
  requests: number;
}

export async function searchTiming(dist: string, page: string, query: string): Promise<SearchTiming> {
  const server = await serveStatic(dist);
  const browser = await launchBrowser();
  try {
    const tab = await browser.newPage();
    await tab.goto(`${server.url}${page}`);
    await tab.waitForLoadState('networkidle');
    const paths = new Set<string>();
    tab.on('request', (r) => paths.add(new URL(r.url()).pathname));
    await tab.evaluate((q) => {
      const w = window as unknown as Record<string, number>;
      // The input event of each key (it comes with keydown; Playwright waits `delay` before keyup). Keys
      // not on a US keyboard (Thai, Hebrew) send no keydown at all, only the input.
      document.addEventListener('input', () => (w['lastKey'] = performance.now()), true);
      const panel = document.getElementById('search-panel')!;
      new MutationObserver(() => {
        if (panel.dataset['query'] === q && !w['shown']) w['shown'] = performance.now();
      }).observe(panel, { attributes: true });
    }, query);
    await tab.locator('#search-panel-input').click();
    await tab.keyboard.type(query, { delay: 150 });
    await tab.waitForFunction(() => (window as unknown as Record<string, number>)['shown'], undefined, { timeout: 10_000 });
    const ms = await tab.evaluate(() => {
      const w = window as unknown as Record<string, number>;
      return w['shown']! - w['lastKey']!;
    });
    let bytes = 0;
    for (const path of paths) {
      const file = join(dist, decodeURIComponent(path));
      if (!existsSync(file)) continue;
      const content = readFileSync(file);
      // Pagefind's index and wasm files and our trigram index are gzip-compressed already; a host gzips the rest.
      bytes += /\.pf_\w+$|\.pagefind$|\.ngram$/.test(path) ? content.length : gzipSync(content).length;
    }
    return { query, page, msAfterLastKey: Math.round(ms), firstQueryBytesGzip: bytes, requests: paths.size };
  } finally {
    await browser.close();
    await server.close();
  }
}
