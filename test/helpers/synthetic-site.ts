/**
 * A content folder and a built site the tests make, big enough for the tools' worker threads (500 pages and
 * more) and with something for every rule of the link check and the l10n tools: broken links and anchors,
 * glued and empty links, short links, partials, translations that are missing, outdated, broken or lost an
 * anchor. Deterministic: the same arguments write the same bytes.
 *
 * The built site is not an Astro build (that takes a minute): each article's rendered HTML in a page shell
 * with a language picker and a few site links, as the site writes them, plus a home page, a 404 page and
 * files that are not pages. What the built-site check reads is there.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gitBlobHash } from '../../src/pipeline/git-blob-hash.ts';
import { loadContent } from '../../src/pipeline/load-content.ts';
import { openRenderCache, renderCachePath } from '../../src/pipeline/render-cache-file.ts';

export const SYNTHETIC_LOCALES = ['en-us', 'nl-nl', 'de-de', 'ja-jp', 'ar-sa'] as const;
const TAGS: Record<string, string> = { 'en-us': 'en-US', 'nl-nl': 'nl-NL', 'de-de': 'de-DE', 'ja-jp': 'ja-JP', 'ar-sa': 'ar-SA' };
const PRIORITIES = ['Normal', 'Critical', 'Priority', 'Once'];

function write(file: string, text: string) {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
}

/** The source article `i`: what its translations are made from (their text differs only where noted). */
function sourceText(i: number, articles: number): string {
  const next = (n: number) => `topic-${(i + n) % articles}.md`;
  const lines = [
    '---',
    `title: Topic ${i}`,
    `ms.date: ${(i % 12) + 1}/${(i % 28) + 1}/20${10 + (i % 14)}`,
    `localization_priority: ${PRIORITIES[i % 4]}`,
    ...(i % 3 === 0 ? ['ROBOTS: NOINDEX, NOFOLLOW'] : []),
    '---',
    `# <a name="topic-${i}"></a>Topic ${i}`,
    '',
    `See [the next topic](${next(1)}) and [its steps](${next(2)}#steps).`,
    '',
    `## <a name="steps"></a>Steps`,
    '',
    `Go back to [the steps](#steps) or [the top](#topic-${i}).`,
  ];
  if (i % 7 === 1) lines.push('', `A [broken link](topc-${i}.md) and [a lost anchor](${next(3)}#nowhere) and [here](#missing).`);
  if (i % 11 === 2) lines.push('', `Read [this](${next(1)})now, or [...](${next(2)}), or [](${next(4)}).`);
  if (i % 13 === 3) lines.push('', 'Old [site](http://example.com/) and [short](https://go.microsoft.com/fwlink/?linkid=1000) and [bad short](https://go.microsoft.com/fwlink/?linkid=abc).');
  if (i % 9 === 4) lines.push('', '[!INCLUDE [shared](includes/shared.md)]');
  if (i % 17 === 5) lines.push('', '![A picture](media/missing.png)');
  lines.push('');
  return lines.join('\n');
}

/** A translation of source `i` into locale number `l` (1…4), with the flaws some translations have. */
function translationText(i: number, l: number, locale: string, source: string): string | undefined {
  if ((i + l) % 10 === 0) return undefined; // not translated
  const tag = TAGS[locale]!;
  const outdated = (i + l) % 4 === 0;
  const hash = outdated ? gitBlobHash(new TextEncoder().encode(`an older version of topic ${i}`)) : gitBlobHash(new TextEncoder().encode(source));
  const head = source.slice(0, source.indexOf('\n---\n') + 1);
  let body = source.slice(source.indexOf('\n---\n') + 5);
  let title = `Topic ${i} (${locale})`;
  if ((i + l) % 15 === 1) title = `Topic ${i}`; // untranslated title
  if ((i + l) % 12 === 2) body = body.replace(`<a name="steps"></a>`, ''); // lost anchor
  if ((i + l) % 16 === 3) body = body.replace(/ and \[its steps\]\([^)]*\)/, ''); // dropped link
  let front = head.replace(/^title: .*$/m, `title: ${title}`) + `ms.contentlocale: ${tag}\nms.translationtype: ${l % 2 ? 'MT' : 'HT'}\n`;
  if ((i + l) % 19 !== 4) front += `ms.openlocfilehash: ${hash}\n`;
  if ((i + l) % 23 === 5) front += 'ms.date: [not, a, date\n'; // broken YAML: the translation cannot be read
  return `${front}---\n${body}`;
}

/** Writes `<root>/content`; returns its path. */
export function makeSyntheticContent(root: string, articles = 120): string {
  const content = join(root, 'content');
  rmSync(content, { recursive: true, force: true });
  write(join(content, 'fwlinks.yml'), '- id: 1000\n  title: Topic zero\n  target: /{locale}/topic-0/\n');
  write(join(content, 'en-us/includes/shared.md'), 'Shared text with [a link](../topic-1.md#steps) and [a broken one](../no-such-topic.md).\n');
  for (let i = 0; i < articles; i++) {
    const source = sourceText(i, articles);
    write(join(content, `en-us/topic-${i}.md`), source);
    SYNTHETIC_LOCALES.slice(1).forEach((locale, n) => {
      const text = translationText(i, n + 1, locale, source);
      if (text) write(join(content, locale, `topic-${i}.md`), text);
    });
  }
  // Articles only a translation has, with no source.
  write(join(content, 'nl-nl/alleen-hier.md'), `---\ntitle: Alleen hier\nms.contentlocale: nl-NL\n---\n# Alleen hier\n\nZie [onderwerp](topic-1.md#steps).\n`);
  write(join(content, 'de-de/nur-hier.md'), `---\ntitle: Nur hier\nms.contentlocale: de-DE\n---\n# <a name="nur-hier"></a>Nur hier\n`);
  write(join(content, 'ja-jp/nur-hier.md'), `---\ntitle: ここだけ\nms.contentlocale: ja-JP\n---\n# ここだけ\n`);
  return content;
}

/**
 * Renders `content` as a build would (filling the build's render cache in `cacheDir`) and writes a built
 * site into `<root>/dist`; returns its path.
 */
export function makeSyntheticBuild(root: string, content: string, cacheDir: string): string {
  const dist = join(root, 'dist');
  rmSync(dist, { recursive: true, force: true });
  const cache = openRenderCache(renderCachePath(cacheDir));
  const loaded = loadContent({ contentDir: content, displayRoot: 'content', cache });
  cache.save();
  write(join(dist, 'index.html'), page('en-us', '<a href="/en-us/">English</a> <a href="/nl-nl/">Nederlands</a>', ''));
  write(join(dist, '404.html'), page('en-us', '<a href="/">Home</a>', '<h1 id="not-found">Not found</h1>'));
  write(join(dist, '_astro/site.css'), 'body{}');
  write(join(dist, 'pagefind/en-us/pagefind.js'), '');
  for (const [n, { data, html }] of loaded.articles.entries()) {
    const picker = data.translations.map((t) => `<a href="${t.url}" hreflang="${t.tag}">${t.nativeName}</a>`).join(' ');
    const nav = `<a href="/${data.locale}/">Home</a> <a href="/_astro/site.css">css</a> <a href="/pagefind/en-us/pagefind.js">search</a> <a href="/${data.locale}/topic-0/#steps">steps</a> <a href="../topic-2/#topic-2">up</a> <a href="#main">skip</a>${n % 20 ? '' : ` <a href="/${data.locale}/gone/">gone</a>`}`;
    write(join(dist, data.url, 'index.html'), page(data.lang, `${nav} ${picker}`, `<main id="main">${html}</main>`));
  }
  for (const locale of SYNTHETIC_LOCALES) write(join(dist, locale, 'index.html'), page(locale, '<a href="/">Home</a>', `<h1 id="home">${locale}</h1>`));
  return dist;
}

function page(lang: string, nav: string, main: string): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>t</title><link rel="stylesheet" href="/_astro/site.css"></head><body><nav>${nav}</nav>${main}<template><a id="in-template" href="/nowhere/"></a></template></body></html>\n`;
}
