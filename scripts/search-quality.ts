/**
 * Search quality on a built site, per locale and per query set, in Chromium on the locale's own search page
 * with the site's Pagefind options and query strategy (the code readers run).
 *
 *   CONTENT_DIR=/tmp/six OUT_DIR=/tmp/six-dist npm run build
 *   npm run search:quality -- /tmp/six-dist [--per-set 200] [--seed issue-16] [--sets phrase,cut-run]
 *                                           [--locales th-th,ja-jp] [--json report.json] [--misses 5]
 *                                           [--strategy site|pagefind]
 *
 * Query sets (lib/search-quality/query-sets.ts): `rarest`, the five rarest words in a row (or twelve rarest
 * characters) of an article, as this script measured before (lib/known-item-queries.ts); `phrase`, 3–6 words
 * in a row at a random place; `cut-run` (Chinese, Japanese, Thai), characters cut at random boundaries at
 * both ends, as a mouse selection is; `word-bare` and `word-affixed` (Hebrew, Arabic, Korean), single words
 * without and with an attached prefix or particle. Known items count when the article is in the top 5 of the
 * reader's own results; single words when it is among them at all (recall).
 *
 * The same seed gives the same queries. A benchmark, not a unit test: it needs a built corpus.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { launchBrowser } from '../test/helpers/browser.ts';
import { serveStatic } from '../test/helpers/static-server.ts';
import { PAGEFIND_OPTIONS } from '../src/scripts/search-options.ts';
import { searchIndexPath } from '../src/i18n/site-config.ts';
import { phraseFrom, Rarity, spread } from './lib/known-item-queries.ts';
import { articlePassages } from './lib/search-quality/article-text.ts';
import { fragmentUrls } from '../src/astro/pagefind-fragments.ts';
import { generateSet, querySetsFor, type Article, type Query } from './lib/search-quality/query-sets.ts';
import { judgedBy, markdownTable, type SetResult } from './lib/search-quality/report.ts';
import { seededRandom } from './lib/search-quality/seeded-random.ts';
import { sourceModules, sourceUrl } from './lib/search-quality/source-modules.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    'per-set': { type: 'string', default: '200' },
    seed: { type: 'string', default: 'issue-16' },
    sets: { type: 'string' },
    locales: { type: 'string' },
    json: { type: 'string' },
    misses: { type: 'string', default: '5' },
    strategy: { type: 'string', default: 'site' },
  },
});
const dist = resolve(positionals[0] ?? 'dist');
const perSet = Number(values['per-set']);
const onlySets = values.sets?.split(',');
const onlyLocales = values.locales?.split(',');

interface Entry { path: string; kind: string; locale?: string; url?: string }
const manifest = JSON.parse(readFileSync(join(dist, 'content-manifest.json'), 'utf8')) as { entries: Entry[] };
const byLocale = new Map<string, string[]>();
for (const e of manifest.entries) {
  if (!e.url || !e.locale || e.kind !== 'article') continue;
  if (onlyLocales && !onlyLocales.includes(e.locale)) continue;
  byLocale.set(e.locale, [...(byLocale.get(e.locale) ?? []), e.url]);
}

const server = await serveStatic(dist, sourceModules(resolve('.')));
const browser = await launchBrowser();
const results: SetResult[] = [];

for (const [locale, urls] of [...byLocale].sort()) {
  const language = locale.split('-')[0]!;
  const articles: Article[] = urls.sort().map((url) => ({ url, passages: articlePassages(readFileSync(join(dist, url, 'index.html'), 'utf8')) }));
  const sets = new Map<string, { queries: Query[]; ambiguous: number }>();
  sets.set('rarest', { queries: rarestQueries(articles, language), ambiguous: 0 });
  for (const set of querySetsFor(language)) sets.set(set, generateSet(set, articles, language, perSet, seededRandom(`${values.seed}:${locale}:${set}`)));
  const pages = fragmentUrls(join(dist, searchIndexPath(locale)));
  const tab = await browser.newPage();
  await tab.goto(`${server.url}/${locale}/search/`);
  for (const [set, { queries, ambiguous }] of sets) {
    if (onlySets && !onlySets.includes(set)) continue;
    const ranked = await rankedIds(tab, locale, language, queries.map((q) => q.query));
    const got = ranked.map((ids) => ids.map((id) => pages.get(id) ?? id));
    const inTop5 = (i: number) => got[i]!.slice(0, 5).includes(queries[i]!.url);
    const inAll = (i: number) => got[i]!.includes(queries[i]!.url);
    const top5 = queries.filter((_, i) => inTop5(i)).length;
    const found = queries.filter((_, i) => inAll(i)).length;
    // A miss is what the set is judged by: not in the top 5, or (single words) not found at all.
    const judged = judgedBy(set) === 'found' ? inAll : inTop5;
    const misses = queries.map((q, i) => ({ ...q, got: got[i]!.slice(0, 3) })).filter((_, i) => !judged(i));
    results.push({ locale, set, queries: queries.length, top5, found, ambiguous, misses: misses.map(({ url, query, got }) => ({ url, query, got })) });
    console.error(`${locale} ${set}: ${top5}/${queries.length} in the top 5, ${found} found`);
  }
  await tab.close();
}
await browser.close();
await server.close();

console.log(markdownTable(results));
for (const r of results) for (const m of r.misses.slice(0, Number(values.misses))) console.log(`  miss ${r.locale} ${r.set} "${m.query}" → ${m.url} (got ${m.got.slice(0, 2).join(', ') || 'nothing'})`);
if (values.json) writeFileSync(values.json, JSON.stringify({ seed: values.seed, perSet, results }, null, 1));

/** The measure this script had before the reader's query sets: one distinctive phrase per article. */
function rarestQueries(articles: Article[], language: string): Query[] {
  const rarity = new Rarity(language);
  const texts = new Map(articles.map((a) => [a.url, a.passages.join('\n')]));
  for (const text of texts.values()) rarity.add(text);
  const out: Query[] = [];
  for (const a of spread(articles, 100)) {
    const query = phraseFrom(texts.get(a.url) ?? '', language, rarity);
    if (query && out.length < 50) out.push({ url: a.url, query });
  }
  return out;
}

/**
 * The result ids, best first, of each query, searched in the page by the site's own modules (served from
 * src/ by lib/search-quality/source-modules.ts): the query strategy, the trigram index, Pagefind with the
 * site's options. `--strategy pagefind` measures Pagefind alone: `search(query)`, nothing else.
 */
async function rankedIds(tab: import('playwright-core').Page, locale: string, language: string, queries: string[]): Promise<string[][]> {
  return tab.evaluate(
    async ({ queries, options, language, index, modules, plain }) => {
      const pagefind = await import(/* @vite-ignore */ `${index}pagefind.js`);
      await pagefind.options(options);
      const { searchRanked } = await import(/* @vite-ignore */ modules.query);
      const { trigramIndex } = await import(/* @vite-ignore */ modules.trigrams);
      const trigrams = trigramIndex(index, language);
      const out: string[][] = [];
      for (const query of queries) {
        const results: { id: string }[] = plain ? (await pagefind.search(query)).results : await searchRanked(async () => pagefind, query, language, trigrams);
        out.push(results.map((r) => r.id));
      }
      return out;
    },
    {
      queries,
      options: PAGEFIND_OPTIONS,
      language,
      index: searchIndexPath(locale),
      modules: { query: sourceUrl('scripts/search-query.ts'), trigrams: sourceUrl('scripts/trigram-index.ts') },
      plain: values.strategy === 'pagefind',
    },
  );
}
