/**
 * `npm run merge-shards -- dist-a dist-b [...] --out dist`: one site from shard builds.
 *
 *   LOCALES=en-us,nl-nl OUT_DIR=dist-a npm run build
 *   LOCALES=de-de,ja-jp OUT_DIR=dist-b npm run build
 *   npm run merge-shards -- dist-a dist-b --out dist
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { mergeShards } from './lib/merge-shards.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { out: { type: 'string', default: 'dist' } } });
if (positionals.length < 2) {
  console.error('merge-shards: give two or more shard folders, e.g. npm run merge-shards -- dist-a dist-b --out dist');
  process.exit(2);
}
const result = mergeShards(positionals.map((p) => resolve(p)), resolve(values.out));
for (const file of result.conflicts) console.error(`merge-shards: ${file} differs between shards; build every shard from the same commit and content`);
console.log(`merged ${positionals.length} shards into ${values.out}: ${result.files} files`);
process.exitCode = result.conflicts.length > 0 ? 1 : 0;
