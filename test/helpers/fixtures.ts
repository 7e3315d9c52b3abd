/** Fixture-folder helpers: one folder per case; `UPDATE_FIXTURES=1 npm test` rewrites expected files. */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const fixturesDir = fileURLToPath(new URL('../fixtures/', import.meta.url));

export function caseFolders(group: string): string[] {
  return readdirSync(join(fixturesDir, group), { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
}

/** Returns the expected text, writing `actual` first when updating or when the file does not exist yet. */
export function expected(file: string, actual: string): string {
  if (process.env['UPDATE_FIXTURES'] === '1' || !existsSync(file)) writeFileSync(file, actual);
  return readFileSync(file, 'utf8');
}
