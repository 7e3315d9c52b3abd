/**
 * The pipeline's cache, kept in one file between builds so a rebuild after one article changed reads and
 * renders one article:
 * - rendered HTML, keyed by content hash and the set of articles (see `loadContent`);
 * - typed front matter, keyed by locale and content hash (YAML and schema checks were a third of a
 *   rebuild's reading time).
 * Entries not used by a run are pruned on save; a run that used exactly what it found writes nothing.
 *
 * The file is V8's serialization (node:v8): twice as fast as JSON here, and it keeps YAML dates as dates.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { CachedRead, RenderCache } from './load-content.ts';
import type { RenderedMarkdown } from './render/render-markdown.ts';

/** The cache's file name inside Astro's cache folder. */
export const RENDER_CACHE_FILE = 'help-pipeline-cache.v8';

export function renderCachePath(cacheDir: string): string {
  return join(cacheDir, RENDER_CACHE_FILE);
}

export interface FileRenderCache extends RenderCache {
  save(): void;
  hits: number;
  misses: number;
}

interface Stored {
  renders: Map<string, RenderedMarkdown>;
  reads: Map<string, CachedRead>;
}

export function openRenderCache(file: string): FileRenderCache {
  let previous: Stored = { renders: new Map(), reads: new Map() };
  try {
    const stored = deserialize(readFileSync(file)) as Stored;
    if (stored.renders instanceof Map && stored.reads instanceof Map) previous = stored;
  } catch {
    // No cache yet, or an unreadable one: start empty, it only costs time.
  }
  const used: Stored = { renders: new Map(), reads: new Map() };
  let added = false;
  const cache: FileRenderCache = {
    hits: 0,
    misses: 0,
    get(key) {
      const value = previous.renders.get(key);
      if (value) {
        cache.hits++;
        used.renders.set(key, value);
      } else cache.misses++;
      return value;
    },
    set(key, value) {
      added = true;
      used.renders.set(key, value);
    },
    getRead(key) {
      const value = previous.reads.get(key);
      if (value) used.reads.set(key, value);
      return value;
    },
    setRead(key, value) {
      added = true;
      used.reads.set(key, value);
    },
    save() {
      if (!added && used.renders.size === previous.renders.size && used.reads.size === previous.reads.size) return;
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, serialize(used));
    },
  };
  return cache;
}
