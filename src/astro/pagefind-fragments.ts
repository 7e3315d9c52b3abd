/**
 * Which Pagefind result is which page: a result's id is the name of its fragment file, and the fragment
 * (gzip, then a 12-byte signature, then JSON) holds the page's URL. The trigram index (ngram-index.ts)
 * names pages by these ids, and the search-quality script reads results by them without loading fragments.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

const SIGNATURE = 'pagefind_dcd';

/** Result id → page URL (without a #fragment), for one Pagefind bundle. */
export function fragmentUrls(bundle: string): Map<string, string> {
  const pages = new Map<string, string>();
  const folder = join(bundle, 'fragment');
  for (const name of readdirSync(folder)) {
    if (!name.endsWith('.pf_fragment')) continue;
    let bytes = readFileSync(join(folder, name));
    if (bytes.subarray(0, SIGNATURE.length).toString('latin1') !== SIGNATURE) bytes = gunzipSync(bytes);
    const { url } = JSON.parse(bytes.subarray(SIGNATURE.length).toString('utf8')) as { url: string };
    pages.set(name.slice(0, -'.pf_fragment'.length), url.split('#')[0]!);
  }
  return pages;
}
