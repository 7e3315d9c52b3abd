/**
 * Search quality on a built site: for 50 articles per locale, a distinctive phrase from the body (the rarest
 * five words in a row, see lib/known-item-queries.ts) is searched in that locale, in Chromium with the site's
 * own Pagefind options and query strategy, and we check the article is in the top 5.
 *
 *   CONTENT_DIR=../shared/corpus/alchemy OUT_DIR=/tmp/corpus-dist npm run build
 *   npm run search:quality -- /tmp/corpus-dist [--per-locale 50] [--json report.json] [--phrase rarest|middle]
 *
 * A benchmark, not a unit test: it needs a built corpus.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { fromHtml } from 'hast-util-from-html';
import { select } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { launchBrowser } from '../test/helpers/browser.ts';
import { serveStatic } from '../test/helpers/static-server.ts';
import { PAGEFIND_OPTIONS } from '../src/scripts/search-options.ts';
import { searchRanked } from '../src/scripts/search-query.ts';
import { searchIndexPath } from '../src/i18n/site-config.ts';
import { phraseFrom, Rarity, spread } from './lib/known-item-queries.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { 'per-locale': { type: 'string', default: '50' }, json: { type: 'string' }, phrase: { type: 'string', default: 'rarest' } },
});
const choice = values.phrase === 'middle' ? 'middle' : 'rarest';
const dist = resolve(positionals[0] ?? 'dist');
const perLocale = Number(values['per-locale']);

interface Entry { path: string; kind: string; locale?: string; url?: string }
const manifest = JSON.parse(readFileSync(join(dist, 'content-manifest.json'), 'utf8')) as { entries: Entry[] };
const byLocale = new Map<string, Entry[]>();
for (const e of manifest.entries) {
  if (!e.url || !e.locale || e.kind !== 'article') continue;
  const list = byLocale.get(e.locale) ?? [];
  list.push(e);
  byLocale.set(e.locale, list);
}

const server = await serveStatic(dist);
const browser = await launchBrowser();
const report: Record<string, { queries: number; hits: number; rate: string; misses: { url: string; query: string; got: string[] }[] }> = {};

for (const [locale, entries] of [...byLocale].sort()) {
  const language = locale.split('-')[0]!;
  // How rare each word is in this locale, so the phrase is a distinctive one, as the reader remembers it.
  const texts = new Map<string, string>();
  const rarity = new Rarity(language);
  for (const e of entries) {
    const article = select('article', fromHtml(readFileSync(join(dist, e.url!, 'index.html'), 'utf8')));
    const text = article ? toString(article) : '';
    texts.set(e.url!, text);
    rarity.add(text);
  }
  // Candidates spread over the whole locale (not its first articles alphabetically); some have no usable phrase.
  const sample: { url: string; query: string }[] = [];
  for (const e of spread(entries, perLocale * 2)) {
    if (sample.length >= perLocale) break;
    const query = phraseFrom(texts.get(e.url!) ?? '', language, rarity, choice);
    if (query) sample.push({ url: e.url!, query });
  }
  const tab = await browser.newPage();
  await tab.goto(`${server.url}/${locale}/`);
  // The site's own query strategy, run in the page from its source text.
  const results = await tab.evaluate(
    async ({ sample, options, ranked, language, index }) => {
      const pagefind = await import(/* @vite-ignore */ `${index}pagefind.js`);
      await pagefind.options(options);
      // tsx names functions with an `__name` helper; the page has none, so give it a no-op one.
      const searchRanked = new Function('__name', `return (${ranked})`)((f: unknown) => f) as (p: unknown, q: string, l: string) => Promise<{ data(): Promise<{ url: string }> }[]>;
      const out: string[][] = [];
      for (const { query } of sample) {
        const found = await searchRanked(pagefind, query, language);
        const top = await Promise.all(found.slice(0, 5).map((r) => r.data()));
        out.push(top.map((d) => d.url));
      }
      return out;
    },
    { sample, options: PAGEFIND_OPTIONS, ranked: searchRanked.toString(), language, index: searchIndexPath(locale) },
  );
  await tab.close();
  const misses = sample.map((q, i) => ({ ...q, got: results[i] ?? [] })).filter((q) => !q.got.some((u) => u.split('#')[0] === q.url));
  const hits = sample.length - misses.length;
  report[locale] = { queries: sample.length, hits, rate: `${((100 * hits) / Math.max(1, sample.length)).toFixed(0)}%`, misses };
  console.log(`${locale}  ${hits}/${sample.length} in the top 5 (${report[locale].rate})`);
}
await browser.close();
await server.close();
if (values.json) writeFileSync(values.json, JSON.stringify(report, null, 1));
for (const [locale, r] of Object.entries(report)) for (const m of r.misses.slice(0, 5)) console.log(`  miss ${locale} "${m.query}" → ${m.url} (got ${m.got.slice(0, 2).join(', ') || 'nothing'})`);
