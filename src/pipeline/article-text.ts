/**
 * An article's text, read from its file when it is about to be rendered. Reading keeps only the front
 * matter of each article; the text is read again for its render job, a batch at a time, and let go of once
 * rendered. Held from reading to rendering, the text of 110,000 articles was 200 MB of a build's memory.
 *
 * The file must still be what was read: its blob hash is the render's cache key, so a file changed during
 * the build would be rendered from one text and remembered under another's key.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gitBlobHash } from './git-blob-hash.ts';
import { decodeUtf8 } from './utf8.ts';

/** What a render job needs to find its text again: the file and the blob hash it had when it was read. */
export interface TextSource {
  path: string;
  hash: string;
}

export function articleText(contentDir: string, { path, hash }: TextSource): string {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(join(contentDir, path));
  } catch (error) {
    throw changedWhileBuilding(path, `it cannot be read now (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  if (gitBlobHash(bytes) !== hash) throw changedWhileBuilding(path, 'it changed after it was read');
  const decoded = decodeUtf8(bytes);
  // Decoded once already when it was read, with the same bytes: this cannot fail unless the hash collides.
  if (!decoded.ok) throw changedWhileBuilding(path, 'it is no longer UTF-8');
  return decoded.text.replace(/^\uFEFF/, '');
}

function changedWhileBuilding(path: string, what: string): Error {
  return new Error(`${path}: ${what}, while the site was being built from it. Build again once nothing is writing to the content folder.`);
}
