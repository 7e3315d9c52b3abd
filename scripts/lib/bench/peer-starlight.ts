/**
 * The same articles built with the Astro Starlight site in ../shared/peers/starlight, for side-by-side
 * figures in one bench run: cold build time and memory with Starlight's leanest sidebar (five links) and
 * with its default one (every article on every page), and the weight of the same article page.
 *
 * The peer is used as shipped, with two changes it needs to build this corpus: its locale table gains the
 * corpus's locales (names and direction from our locale table), and image references are replaced by
 * their alt text (the corpus ships no images, and Starlight fails a build on a missing one).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describeLocale } from '../../../src/pipeline/locales.ts';
import { filesUnder } from '../../../src/pipeline/walk-files.ts';
import { pageWeight, type PageWeight } from './page-weight.ts';
import { runBuild, type BuildRun } from './run-build.ts';

export interface PeerFigures {
  name: string;
  articles: number;
  builds: { sidebar: 'manual' | 'default'; seconds: number; peakMiB: number; peakTreeMiB: number; pagesPerSecond: number; weight: PageWeight | null }[];
}

export async function benchStarlight(options: { peer: string; content: string; locales: string[]; work: string; samplePage: string; log: (text: string) => void }): Promise<PeerFigures> {
  const { content, locales, work, samplePage, log } = options;
  const site = join(work, 'starlight');
  cpSync(options.peer, site, { recursive: true, filter: (from) => !/[/\\](node_modules|dist|\.astro)$/.test(from) });
  log('peer: npm ci in a copy of the Starlight site');
  const install = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: site, encoding: 'utf8' });
  if (install.status !== 0) throw new Error(`npm ci in the Starlight peer failed:\n${install.stderr}`);

  let articles = 0;
  for (const locale of locales) {
    for (const file of markdownUnder(join(content, locale))) {
      const target = join(site, 'src/content/docs', locale, relative(join(content, locale), file));
      mkdirSync(join(target, '..'), { recursive: true });
      writeFileSync(target, withoutLocalImages(readFileSync(file, 'utf8')));
      articles++;
    }
  }
  patchLocales(join(site, 'astro.config.mjs'), locales);

  const builds: PeerFigures['builds'] = [];
  for (const sidebar of ['manual', 'default'] as const) {
    rmSync(join(site, 'dist'), { recursive: true, force: true });
    rmSync(join(site, 'node_modules/.astro'), { recursive: true, force: true });
    log(`peer: Starlight cold build, ${sidebar === 'manual' ? 'minimal' : 'default'} sidebar`);
    const run: BuildRun = await runBuild(site, { LOCALES: locales.join(','), ...(sidebar === 'manual' ? { SIDEBAR: 'manual' } : {}) });
    if (!run.ok) throw new Error(`the Starlight peer build failed:\n${run.output.slice(-3000)}`);
    const sample = join(site, 'dist', samplePage, 'index.html');
    builds.push({
      sidebar,
      seconds: Math.round(run.seconds * 10) / 10,
      peakMiB: run.peakMiB,
      peakTreeMiB: run.peakTreeMiB,
      pagesPerSecond: Math.round(articles / run.seconds),
      weight: existsSync(sample) ? pageWeight(join(site, 'dist'), samplePage) : null,
    });
  }
  return { name: 'Astro Starlight (shared/peers/starlight)', articles, builds };
}

/**
 * `![alt](media/x.png)` becomes the link `[alt](media/x.png)`: Starlight fails a build on a missing local
 * image, and the corpus ships none. The alt text may hold brackets (`![[明るさ] スライダー](…)`); remote and
 * data: images stay.
 */
export function withoutLocalImages(markdown: string): string {
  return markdown.replace(/!\[((?:[^[\]]|\[[^\]]*\])*)\]\((?!\s*<?(?:https?:|data:))/g, '[$1](');
}

/** The articles of a locale folder: Markdown files, without the partials under includes/ (not pages). */
function markdownUnder(folder: string): string[] {
  return filesUnder(folder, (name) => name === 'includes')
    .filter((file) => file.endsWith('.md'))
    .map((file) => join(folder, file));
}

/** Adds every corpus locale to the peer's label table, with its direction. */
function patchLocales(configFile: string, locales: string[]) {
  const labels = Object.fromEntries(
    locales.map((l) => {
      const info = describeLocale(l);
      return [l, info.ok ? [info.locale.nativeName, info.locale.tag, info.locale.dir] : [l, l, 'ltr']];
    }),
  );
  const config = readFileSync(configFile, 'utf8')
    .replace(/const labels = \{[^\n]*\};/, `const labels = ${JSON.stringify(labels)};`)
    .replace('locales[l] = { label: labels[l][0], lang: labels[l][1] };', "locales[l] = { label: labels[l][0], lang: labels[l][1], dir: labels[l][2] ?? 'ltr' };");
  if (!config.includes(JSON.stringify(labels)) || !config.includes("dir: labels[l][2]")) throw new Error(`${configFile}: the peer's locale table has changed shape; update patchLocales in scripts/lib/bench/peer-starlight.ts`);
  writeFileSync(configFile, config);
}
