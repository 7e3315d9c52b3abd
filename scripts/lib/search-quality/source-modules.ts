/**
 * Serves the site's browser modules from `src/scripts/` to the page under `/@src/scripts/…`, types stripped
 * (node:module stripTypeScriptTypes keeps every other character where it is), so the search-quality script
 * runs the very query strategy readers get, imports included, without a bundler.
 */
import { readFileSync } from 'node:fs';
import module from 'node:module';
import { join, normalize } from 'node:path';
import type { ExtraRoute } from '../../../test/helpers/static-server.ts';

const PREFIX = '/@src/';

export function sourceModules(projectRoot: string): ExtraRoute {
  const src = join(projectRoot, 'src');
  const strip = (module as unknown as { stripTypeScriptTypes(code: string): string }).stripTypeScriptTypes;
  return (pathname) => {
    if (!pathname.startsWith(PREFIX) || !pathname.endsWith('.ts')) return undefined;
    const file = normalize(join(src, pathname.slice(PREFIX.length)));
    if (!file.startsWith(src)) return undefined;
    return { type: 'text/javascript; charset=utf-8', body: strip(readFileSync(file, 'utf8')) };
  };
}

/** The URL a page imports a module of src/ from: `sourceUrl('scripts/search-query.ts')`. */
export const sourceUrl = (path: string) => `${PREFIX}${path}`;
