/** Fixture-folder helpers: one folder per case; `npm run test:update` (UPDATE_FIXTURES=1) writes expected files. */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const fixturesDir = fileURLToPath(new URL('../fixtures/', import.meta.url));

export function caseFolders(group: string): string[] {
  return readdirSync(join(fixturesDir, group), { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
}

export const updating = () => process.env['UPDATE_FIXTURES'] === '1';

/**
 * The expected text of a fixture. Only `npm run test:update` writes it: a missing expected file fails, so a
 * new case cannot pass by pinning whatever it printed the first time, in CI or anywhere else.
 */
export function expected(file: string, actual: string): string {
  if (updating()) writeFileSync(file, actual);
  if (!existsSync(file)) {
    throw new Error(`${relative(process.cwd(), file)} does not exist. Run npm run test:update to write it from this output, then read it before committing.`);
  }
  return readFileSync(file, 'utf8');
}
