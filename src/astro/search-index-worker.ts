/**
 * Runs the search indexing off Astro's main thread. Locales arrive one by one, as soon as the content
 * pipeline has rendered each (Japanese, Chinese and Thai first), so indexing overlaps rendering and Astro's
 * build. Hebrew and Arabic pages lose their attached prefixes on the way (attached-prefixes.ts); Chinese,
 * Japanese and Thai get a trigram index beside their bundle (ngram-index.ts).
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
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { usesTrigrams } from '../scripts/char-ngrams.ts';
import { hidePrefixes, stripsPrefixes } from '../scripts/attached-prefixes.ts';
import { writeNgramIndex } from './ngram-index.ts';
import { fragmentUrls } from './pagefind-fragments.ts';
import { mapText, pageText } from './search-page-text.ts';

/**
 * The modules that decide what a bundle holds besides the pages and Pagefind's version: their text is part
 * of every locale's cache key (search-indexer.ts), so a change to any of them indexes every locale again.
 */
export const INDEX_CODE = ['./search-index-worker.ts', './search-page-text.ts', './ngram-index.ts', '../scripts/char-ngrams.ts', '../scripts/attached-prefixes.ts'].map(
  (path) => new URL(path, import.meta.url),
);

export interface SearchIndexRun {
  locale: string;
  /** Where Pagefind writes this locale's index (emptied first). */
  output: string;
  /** [URL, UTF-8 HTML] of every page of the locale. */
  pages: [string, Uint8Array][];
}

/** Messages to the worker: a locale to index, then the end (with the cached indexes no longer current). */
export type SearchIndexMessage = { run: SearchIndexRun } | { finish: { stale: string[] } };

/** Messages from the worker: a locale is indexed (its Pagefind process has ended), or all are (or failed). */
export type SearchIndexReply = { indexed: string } | { ok: true } | { ok: false; message: string };

type Pagefind = typeof import('pagefind');

async function indexLocale(pagefind: Pagefind, run: SearchIndexRun): Promise<void> {
  const language = run.locale.split('-')[0]!;
  // Unspaced scripts also get a trigram index (ngram-index.ts), made from the text of the same pages.
  const texts = usesTrigrams(language) ? new Map<string, string>() : undefined;
  try {
    const created = await pagefind.createIndex({});
    if (!created.index) throw new Error(`Pagefind could not start an index for ${run.locale}: ${created.errors.join('; ')}`);
    const { index } = created;
    const decoder = new TextDecoder();
    const problems: string[] = [];
    await Promise.all(
      run.pages.map(async ([url, bytes]) => {
        const html = decoder.decode(bytes);
        texts?.set(url, pageText(html));
        const content = stripsPrefixes(language) ? mapText(html, (text) => hidePrefixes(text, language)) : html;
        const { errors } = await index.addHTMLFile({ url, content });
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
  // Once Pagefind's process is gone: its memory (500 MB for Japanese) and this index's never add up.
  if (texts) writeTrigrams(run, language, texts);
}

/** The trigram index beside the bundle, naming pages by their Pagefind ids (read back from the fragments). */
function writeTrigrams(run: SearchIndexRun, language: string, texts: Map<string, string>) {
  const ids = new Map([...fragmentUrls(run.output)].map(([id, url]) => [url, id]));
  const pages = [...texts].map(([url, text]) => {
    const id = ids.get(url);
    if (id === undefined) throw new Error(`Pagefind wrote no fragment for ${url} in the ${run.locale} index`);
    return { id, text };
  });
  writeNgramIndex(join(run.output, 'ngram'), language, pages);
}

/**
 * Indexes locales in the order they arrive, one at a time; `finish` resolves when all are written.
 * `onIndexed` hears of each locale as its Pagefind process ends.
 */
export function searchIndexQueue(onIndexed: (locale: string) => void = () => undefined) {
  let chain: Promise<unknown> = import('pagefind');
  let failed: unknown;
  // `after` runs whether the work ran, failed or was skipped (after an earlier failure).
  const step = (work: (pagefind: Pagefind) => Promise<void>, after: () => void = () => undefined) => {
    chain = chain
      .then(async () => {
        if (failed === undefined) await work(await import('pagefind'));
      })
      .catch((error: unknown) => {
        failed ??= error;
      })
      .finally(after);
  };
  return {
    add(run: SearchIndexRun) {
      step((pagefind) => indexLocale(pagefind, run), () => onIndexed(run.locale));
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
  const port = parentPort;
  const queue = searchIndexQueue((locale) => port.postMessage({ indexed: locale } satisfies SearchIndexReply));
  port.on('message', (message: SearchIndexMessage) => {
    if ('run' in message) queue.add(message.run);
    else
      queue.finish(message.finish.stale).then(
        () => port.postMessage({ ok: true } satisfies SearchIndexReply),
        (error: unknown) => port.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) } satisfies SearchIndexReply),
      );
  });
}
