/**
 * Tools for localization teams:
 *
 *   npm run l10n:status [-- --locale nl-nl] [--format markdown|json]   what is translated, missing, outdated
 *   npm run l10n:new -- <locale> <path>                                start a translation from the source
 *   npm run l10n:diff -- <locale> <path>                               how the source changed since
 *   npm run l10n:check [-- --format json|github]                       translations against their sources
 *
 * CONTENT_DIR and SOURCE_LOCALE choose the content folder (content/) and source locale (en-us).
 */
import { siteOptions } from '../src/site-options.ts';
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadContentInParallel } from '../src/pipeline/load-content.ts';
import { statusMarkdown, translationStatus, unreadableArticles } from '../src/pipeline/l10n-status.ts';
import { openRenderCache, renderCachePath } from '../src/pipeline/render-cache-file.ts';
import { report, type Format } from './lib/link-check/reporters.ts';
import { L10nError, newTranslation, withoutLocale } from './lib/l10n/new-translation.ts';
import { sourceDiff } from './lib/l10n/source-diff.ts';
import { checkTranslations } from './lib/l10n/translation-check.ts';
import { sourceLocale } from '../src/i18n/site-config.ts';

const [command, ...rest] = process.argv.slice(2);
const { values, positionals } = parseArgs({
  args: rest,
  allowPositionals: true,
  options: { locale: { type: 'string' }, format: { type: 'string', default: process.env['GITHUB_ACTIONS'] === 'true' ? 'github' : 'terminal' } },
});
const contentDir = resolve(siteOptions().CONTENT_DIR);
const displayRoot = relative(process.cwd(), contentDir) || '.';

const show = (path: string) => `${displayRoot}/${path}`;

/**
 * The articles, and the article files that could not be read: those are broken, never missing or fine.
 * `status` needs the front matter only: nothing is rendered, and of the build's cache only the typed front
 * matter is read. `check` compares what rendering collected (anchors, links), never the HTML.
 */
async function load(need: 'front matter' | 'rendered facts') {
  const reads = need === 'front matter';
  const cache = openRenderCache(renderCachePath(resolve(siteOptions().ASTRO_CACHE_DIR)), reads ? 'reads' : 'facts');
  const loaded = await loadContentInParallel({ contentDir, sourceLocale, displayRoot, cache, deferRender: reads, html: false, translations: false });
  return { articles: loaded.articles.map((a) => a.data), unreadable: unreadableArticles(loaded, show) };
}

try {
  if (command === 'status') {
    const { articles, unreadable } = await load('front matter');
    const status = translationStatus(articles, sourceLocale, { locale: values.locale, unreadable });
    if (values.format === 'json') console.log(JSON.stringify(status, null, 1));
    else console.log(statusMarkdown(status));
  } else if (command === 'new') {
    const [locale, path] = positionals;
    if (!locale || !path) throw new L10nError('usage: npm run l10n:new -- <locale> <path>, e.g. npm run l10n:new -- de-de declined-credit-card.md');
    const created = newTranslation(contentDir, sourceLocale, locale, path);
    console.log(`created ${displayRoot}/${created.path}: translate the title and the text; keep the <a name="…"> anchors and links as they are`);
  } else if (command === 'diff') {
    const [locale, path] = positionals;
    if (!locale || !path) throw new L10nError('usage: npm run l10n:diff -- <locale> <path>');
    const diff = sourceDiff(contentDir, sourceLocale, locale, path);
    console.log(diff === '' ? `the source has not changed since ${locale}/${withoutLocale(path, [sourceLocale, locale])} was made` : diff);
  } else if (command === 'check') {
    const { articles, unreadable } = await load('rendered facts');
    const findings = checkTranslations(articles, contentDir, sourceLocale, show, unreadable);
    console.log(report(findings, values.format as Format, { 'findings in translations': findings.length }));
    process.exitCode = findings.some((f) => f.severity === 'error') ? 1 : 0;
  } else {
    throw new L10nError('usage: l10n status|new|diff|check (see the README, "For translators")');
  }
} catch (error) {
  if (!(error instanceof L10nError)) throw error;
  console.error(`l10n: ${error.message}`);
  process.exitCode = 2;
}
