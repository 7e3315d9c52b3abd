/**
 * The render cache's HTML files, one per locale folder beside its facts file (render-cache-file.ts):
 *
 *   help-pipeline-cache/nl-nl.v8                  what rendering collected, and which HTML file goes with it
 *   help-pipeline-cache/nl-nl.5f0c9a1e.html.v8    the rendered HTML, by cache key
 *
 * Apart, so a build reads the facts of every locale up front but a locale's HTML only when it needs it (its
 * search input, its pages), one locale at a time: memory is bounded by the largest locale, not the site.
 * Each HTML file gets a new name when written, and the facts file names it with its size: a build stopped
 * between writing the two leaves the last pair as it was, and a file that is gone or cut short is seen
 * when the cache is opened (its articles are rendered again).
 */
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';

/** What a facts file says of its HTML file. */
export interface HtmlFileRef {
  file: string;
  size: number;
}

const HTML_FILE = /^(.+)\.[0-9a-f]{8}\.html\.v8$/;

/** Writes a part's HTML under a new name (aside, then renamed: never a torn file). */
export function writeHtmlFile(folder: string, part: string, html: ReadonlyMap<string, string>): HtmlFileRef {
  const file = `${part}.${randomBytes(4).toString('hex')}.html.v8`;
  const bytes = serialize(html);
  writeFileSync(join(folder, `${file}.tmp`), bytes);
  renameSync(join(folder, `${file}.tmp`), join(folder, file));
  return { file, size: bytes.length };
}

/** Whether the HTML file a facts file names is there, whole (its size; a torn or replaced file differs). */
export function htmlFileThere(folder: string, ref: HtmlFileRef): boolean {
  try {
    return statSync(join(folder, ref.file)).size === ref.size;
  } catch {
    return false;
  }
}

/** A part's HTML by cache key; undefined when the file cannot be read (its articles must be rendered again). */
export function readHtmlFile(folder: string, ref: HtmlFileRef): Map<string, string> | undefined {
  try {
    const html: unknown = deserialize(readFileSync(join(folder, ref.file)));
    return html instanceof Map ? (html as Map<string, string>) : undefined;
  } catch {
    return undefined;
  }
}

/** Deletes the HTML files (and files left half-written) no facts file names. */
export function pruneHtmlFiles(folder: string, kept: ReadonlySet<string>) {
  let files: string[] = [];
  try {
    files = readdirSync(folder);
  } catch {
    return;
  }
  for (const file of files) {
    const name = file.endsWith('.tmp') ? file.slice(0, -4) : file;
    if (HTML_FILE.test(name) && (file !== name || !kept.has(file))) rmSync(join(folder, file), { force: true });
  }
}
