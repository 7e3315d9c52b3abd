/**
 * What an article costs a reader on first load: the HTML and every stylesheet and script that loads before
 * the reader does anything (module scripts, not the ones imported on interaction), gzip-compressed as a
 * static host would serve them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface PageWeight {
  url: string;
  htmlGzip: number;
  cssGzip: number;
  jsGzip: number;
  totalGzip: number;
}

export function pageWeight(dist: string, url: string): PageWeight {
  const html = readFileSync(join(dist, url, 'index.html'));
  const text = html.toString('utf8');
  const gz = (path: string) => {
    const file = join(dist, path);
    return existsSync(file) ? gzipSync(readFileSync(file)).length : 0;
  };
  const css = [...text.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].reduce((sum, m) => sum + gz(m[1]!), 0);
  // Scripts in the page (type=module or classic src): they load before interaction. Lazy imports do not.
  const js = [...text.matchAll(/<script[^>]+src="([^"]+)"/g)].reduce((sum, m) => sum + gz(m[1]!), 0);
  const htmlGzip = gzipSync(html).length;
  return { url, htmlGzip, cssGzip: css, jsGzip: js, totalGzip: htmlGzip + css + js };
}
