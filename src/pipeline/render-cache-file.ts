/**
 * A render cache kept in one JSON file between builds, keyed by content hash (see `loadContent`), so a
 * rebuild after one article changed renders one article. Entries not used by a run are pruned on save.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { RenderCache } from './load-content.ts';
import type { RenderedMarkdown } from './render/render-markdown.ts';

export interface FileRenderCache extends RenderCache {
  save(): void;
  hits: number;
  misses: number;
}

export function openRenderCache(file: string): FileRenderCache {
  let previous = new Map<string, RenderedMarkdown>();
  try {
    previous = new Map(Object.entries(JSON.parse(readFileSync(file, 'utf8')) as Record<string, RenderedMarkdown>));
  } catch {
    // No cache yet, or an unreadable one: start empty, it only costs time.
  }
  const used = new Map<string, RenderedMarkdown>();
  const cache: FileRenderCache = {
    hits: 0,
    misses: 0,
    get(key) {
      const value = previous.get(key);
      if (value) {
        cache.hits++;
        used.set(key, value);
      } else cache.misses++;
      return value;
    },
    set(key, value) {
      used.set(key, value);
    },
    save() {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, JSON.stringify(Object.fromEntries(used)));
    },
  };
  return cache;
}
