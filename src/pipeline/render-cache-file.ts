/**
 * The pipeline's cache, kept between builds so a rebuild after one article changed reads and renders one
 * article:
 * - rendered HTML, keyed by content hash and the set of articles (see render-plan.ts);
 * - typed front matter, keyed by locale and content hash (YAML and schema checks were a third of a
 *   rebuild's reading time).
 *
 * One file per locale folder (`help-pipeline-cache/nl-nl.v8`): a change in one locale rewrites that locale's
 * file only, and a run that used exactly what it found writes nothing. Entries a run did not use are pruned.
 * The files are V8's serialization (node:v8): twice as fast as JSON here.
 *
 * The writer tools read the build's cache without its HTML (`facts`) or its renders (`reads`): at 108,000
 * articles the HTML alone is 170 MB they never show. Such a cache is read-only; it is never saved.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { CachedRead, RenderCache } from './loaded-content.ts';
import type { RenderedMarkdown } from './render/render-markdown.ts';

/** The cache's folder inside Astro's cache folder. */
export function renderCachePath(cacheDir: string): string {
  return join(cacheDir, 'help-pipeline-cache');
}

export interface FileRenderCache extends RenderCache {
  save(): void;
  hits: number;
  misses: number;
}

interface Part {
  renders: Map<string, RenderedMarkdown>;
  reads: Map<string, CachedRead>;
}

const emptyPart = (): Part => ({ renders: new Map(), reads: new Map() });

/**
 * What a reader keeps of the cache: everything (the build, which saves it), the renders without their HTML
 * (the link check and l10n:check, which check what rendering collected), or the typed front matter only
 * (l10n:status).
 */
export type CacheUse = 'all' | 'facts' | 'reads';

/**
 * Keys start with what decides their file: reads with `<locale>:`, renders with `<site key>:<locale>/…`.
 * Anything else (a file outside a locale folder) shares one file.
 */
function partOf(key: string, kind: keyof Part): string {
  const rest = kind === 'reads' ? key : key.slice(key.indexOf(':') + 1);
  const name = /^[a-z0-9-]+(?=[:/])/.exec(rest)?.[0];
  return name ?? '_';
}

export function openRenderCache(folder: string, use: CacheUse = 'all'): FileRenderCache {
  const previous = new Map<string, Part>();
  const readOnly = use !== 'all';
  try {
    for (const file of readdirSync(folder)) {
      if (!file.endsWith('.v8')) continue;
      try {
        const part = deserialize(readFileSync(join(folder, file))) as Part;
        if (!(part.renders instanceof Map && part.reads instanceof Map)) continue;
        // Dropped part by part, so no more than one locale's HTML is ever held.
        if (use === 'reads') part.renders = new Map();
        if (use === 'facts') for (const rendered of part.renders.values()) rendered.html = '';
        previous.set(file.slice(0, -3), part);
      } catch {
        // An unreadable part: its articles are read and rendered again, it only costs time.
      }
    }
  } catch {
    // No cache yet.
  }
  const used = new Map<string, Part>();
  const changed = new Set<string>();
  const usedPart = (name: string) => {
    let part = used.get(name);
    if (!part) used.set(name, (part = emptyPart()));
    return part;
  };
  function get<K extends keyof Part>(kind: K, key: string): ReturnType<Part[K]['get']> {
    const name = partOf(key, kind);
    const value = previous.get(name)?.[kind].get(key);
    if (value && !readOnly) (usedPart(name)[kind] as Map<string, unknown>).set(key, value);
    return value as ReturnType<Part[K]['get']>;
  }
  function set<K extends keyof Part>(kind: K, key: string, value: unknown) {
    // A read-only cache keeps nothing new: the tools' new renders would otherwise all stay in memory.
    if (readOnly) return;
    const name = partOf(key, kind);
    changed.add(name);
    (usedPart(name)[kind] as Map<string, unknown>).set(key, value);
  }
  const cache: FileRenderCache = {
    hits: 0,
    misses: 0,
    get(key) {
      const value = get('renders', key);
      if (value) cache.hits++;
      else cache.misses++;
      return value;
    },
    set: (key, value) => set('renders', key, value),
    getRead: (key) => get('reads', key),
    setRead: (key, value) => set('reads', key, value),
    save() {
      if (readOnly) throw new Error(`the render cache in ${folder} was opened for ${use} only; saving it would lose what it dropped`);
      mkdirSync(folder, { recursive: true });
      for (const name of new Set([...previous.keys(), ...used.keys()])) {
        const before = previous.get(name);
        const now = used.get(name);
        const file = join(folder, `${name}.v8`);
        if (!now) {
          rmSync(file, { force: true });
          continue;
        }
        const same = !changed.has(name) && before && before.renders.size === now.renders.size && before.reads.size === now.reads.size;
        if (same) continue;
        // Written aside, then renamed: a build stopped halfway never leaves a torn file.
        writeFileSync(`${file}.tmp`, serialize(now));
        renameSync(`${file}.tmp`, file);
      }
    },
  };
  return cache;
}
