/**
 * `npm run merge-shards -- dist-a dist-b [...] --out dist`: one site from shard builds.
 *
 *   LOCALES=en-us,nl-nl OUT_DIR=dist-a npm run build
 *   LOCALES=de-de,ja-jp OUT_DIR=dist-b npm run build
 *   npm run merge-shards -- dist-a dist-b --out dist
 *
 * --out must be a new or empty folder; it is written only when the shards make a whole site (lib/merge-shards.ts).
 * Exit code 1 when they do not, 2 for a wrong command line.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { mergeShards } from './lib/merge-shards.ts';

let args;
try {
  args = parseArgs({ allowPositionals: true, options: { out: { type: 'string', default: 'dist' } } });
} catch (error) {
  console.error(`merge-shards: ${(error as Error).message}`);
  process.exit(2);
}
const { values, positionals } = args;
if (positionals.length < 2) {
  console.error('merge-shards: give two or more shard folders, e.g. npm run merge-shards -- dist-a dist-b --out dist');
  process.exit(2);
}
const result = mergeShards(positionals.map((p) => resolve(p)), resolve(values.out));
for (const problem of result.problems) console.error(`merge-shards: ${problem}`);
if (result.problems.length > 0) console.error(`merge-shards: nothing was written to ${values.out}`);
else console.log(`merged ${positionals.length} shards into ${values.out}: ${result.files} files`);
process.exitCode = result.problems.length > 0 ? 1 : 0;
