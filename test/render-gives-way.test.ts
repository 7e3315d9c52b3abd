/**
 * Rendering gives way to a search index that needs the memory (render-pool.ts): while `renderWorkers` says
 * fewer workers may run, the others end (their threads and heaps go) and start again after, and the result
 * is the same as rendering on one thread. Threads are counted in /proc/self/status, as the kernel sees them.
 */
import { readFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadContent, loadContentInParallel, type LoadedContent } from '../src/pipeline/load-content.ts';
import { renderAll } from '../src/pipeline/render/render-pool.ts';
import type { PlannedJob } from '../src/pipeline/render/site-facts.ts';

const work = mkdtempSync(join(tmpdir(), 'help-gives-way-'));
const content = join(work, 'content');
const ARTICLES = 1200;
afterAll(() => rmSync(work, { recursive: true, force: true }));

beforeAll(() => {
  mkdirSync(join(content, 'de-de'), { recursive: true });
  for (let i = 0; i < ARTICLES; i++) {
    const paragraphs = Array.from({ length: 8 }, (_, p) => `Absatz ${p} von Artikel ${i}, mit einem [Link](a${(i + 1) % ARTICLES}.md) und **Betonung**.`);
    writeFileSync(join(content, 'de-de', `a${i}.md`), `---\ntitle: Artikel ${i}\n---\n\n# Artikel ${i}\n\n${paragraphs.join('\n\n')}\n`);
  }
});

const threadsNow = () => Number(/^Threads:\s+(\d+)$/m.exec(readFileSync('/proc/self/status', 'utf8'))![1]);

/** Loads on two workers with `renderWorkers`, and the most threads this process had meanwhile. */
async function loadCounting(renderWorkers: (all: number) => number): Promise<{ loaded: LoadedContent; most: number }> {
  let most = threadsNow();
  const sample = setInterval(() => (most = Math.max(most, threadsNow())), 2);
  try {
    const loaded = await loadContentInParallel({ contentDir: content, displayRoot: 'content', threads: 2, renderWorkers });
    return { loaded, most };
  } finally {
    clearInterval(sample);
  }
}

const pages = (loaded: LoadedContent) => loaded.articles.map((a) => [a.data.url, a.html]);

describe('rendering that gives way', () => {
  it('runs one worker fewer while asked to, and renders every article as one thread does', { timeout: 120_000 }, async () => {
    const alone = loadContent({ contentDir: content, displayRoot: 'content' });
    const both = await loadCounting((all) => all);
    const one = await loadCounting(() => 1);
    expect(one.most).toBeLessThan(both.most);
    expect(pages(one.loaded)).toEqual(pages(alone));
    expect(pages(both.loaded)).toEqual(pages(alone));
  });

  it('starts the worker again when it may: asked to give way for a while, it renders every article all the same', { timeout: 120_000 }, async () => {
    const alone = loadContent({ contentDir: content, displayRoot: 'content' });
    let asked = 0;
    // Two workers for the first two questions (the second worker's first batches), one for the next three
    // (it ends), then two again (a new one starts).
    const { loaded } = await loadCounting((all) => (++asked <= 2 || asked > 5 ? all : 1));
    expect(asked).toBeGreaterThan(5);
    expect(pages(loaded)).toEqual(pages(alone));
    expect(loaded.errorCount).toBe(0);
  });

  it('once it has failed over to this thread, no worker that gave way starts again', { timeout: 60_000 }, async () => {
    const jobs: PlannedJob[] = Array.from({ length: 800 }, (_, i) => ({ key: `k${i}`, path: `de-de/a${i}.md`, hash: String(i), locale: 'de-de' }));
    let failed = false;
    // The first read of job 250's text fails: the pool fails while its second worker waits (and may run as
    // soon as that has happened), and renders the rest on this thread, where the read works.
    const textOf = (job: PlannedJob) => {
      if (job.key === 'k250' && !failed) {
        failed = true;
        throw new Error('de-de/a250.md: it cannot be read now (EIO)');
      }
      return `# ${job.key}\n\nText.\n`;
    };
    let rendered = 0;
    const facts = { sourceLocale: 'en-us', articles: [], titles: [], files: [], shortLinkIds: [] };
    const out = await renderAll(facts, jobs, textOf, 2, () => void rendered++, (all) => (failed ? all : 1));
    expect(out.size).toBe(800);
    const atReturn = rendered;
    await new Promise((wait) => setTimeout(wait, 1500));
    expect(rendered).toBe(atReturn);
  });
});
