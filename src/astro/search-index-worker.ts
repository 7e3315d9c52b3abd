/**
 * Runs the search indexing off Astro's main thread. Locales arrive one by one, as soon as the content
 * pipeline has rendered each (Japanese and Chinese first), so indexing overlaps rendering and Astro's build.
 *
 * The input pages (what search reads of each article) go to Pagefind's indexing service straight from
 * memory, through its Node API: no input files. On this thread the service's pipes are read as soon as it
 * answers; on Astro's busy main thread they waited, which is why indexing once ran through Pagefind's
 * command line and 12,000 input files. Those files cost more than the indexing on a slow disk.
 *
 * One locale at a time, each in its own service process, which ends before the next starts: memory decides.
 * `pagefind_extended` loads a word dictionary for Japanese and Chinese (about 500 MB for 3,000 Japanese
 * pages, against about 190 MB for another language). Indexed first, that process runs while the pipeline
 * renders, not while Astro holds its build in memory.
 */
import { rmSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';

export interface SearchIndexRun {
  locale: string;
  /** Where Pagefind writes this locale's index (emptied first). */
  output: string;
  /** [URL, UTF-8 HTML] of every page of the locale. */
  pages: [string, Uint8Array][];
}

/** Messages to the worker: a locale to index, then the end (with the cached indexes no longer current). */
export type SearchIndexMessage = { run: SearchIndexRun } | { finish: { stale: string[] } };

type Pagefind = typeof import('pagefind');

async function indexLocale(pagefind: Pagefind, run: SearchIndexRun): Promise<void> {
  try {
    const created = await pagefind.createIndex({});
    if (!created.index) throw new Error(`Pagefind could not start an index for ${run.locale}: ${created.errors.join('; ')}`);
    const { index } = created;
    const decoder = new TextDecoder();
    const problems: string[] = [];
    await Promise.all(
      run.pages.map(async ([url, bytes]) => {
        const { errors } = await index.addHTMLFile({ url, content: decoder.decode(bytes) });
        for (const e of errors) problems.push(`${url}: ${e}`);
      }),
    );
    run.pages.length = 0; // indexed: let the bytes go before the index is written
    if (problems.length > 0) throw new Error(`Pagefind could not index ${problems.length} page(s) of ${run.locale}:\n${problems.slice(0, 20).join('\n')}`);
    rmSync(run.output, { recursive: true, force: true });
    const written = await index.writeFiles({ outputPath: run.output });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write the ${run.locale} index to ${run.output}: ${written.errors.join('; ')}`);
  } finally {
    await pagefind.close(); // the service process ends, and its memory with it
  }
}

/** Indexes locales in the order they arrive, one at a time; `finish` resolves when all are written. */
export function searchIndexQueue() {
  let chain: Promise<unknown> = import('pagefind');
  let failed: unknown;
  const step = (work: (pagefind: Pagefind) => Promise<void>) => {
    chain = chain.then(async () => {
      if (failed === undefined) await work(await import('pagefind'));
    }).catch((error: unknown) => {
      failed ??= error;
    });
  };
  return {
    add(run: SearchIndexRun) {
      step((pagefind) => indexLocale(pagefind, run));
    },
    async finish(stale: readonly string[]): Promise<void> {
      step(async () => {
        for (const folder of stale) rmSync(folder, { recursive: true, force: true });
      });
      await chain;
      if (failed !== undefined) throw failed;
    },
  };
}

if (parentPort && (workerData as { searchIndex?: boolean } | null)?.searchIndex) {
  const queue = searchIndexQueue();
  const port = parentPort;
  port.on('message', (message: SearchIndexMessage) => {
    if ('run' in message) queue.add(message.run);
    else
      queue.finish(message.finish.stale).then(
        () => port.postMessage({ ok: true }),
        (error: unknown) => port.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) }),
      );
  });
}
