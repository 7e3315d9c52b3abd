/**
 * At the end of a build: each locale's home gets its list of articles, from the build session, at the
 * marker Astro rendered (src/article-pages/locale-home.ts). Constant work per article: one pass groups them.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { localeHomeItems, stampLocaleHome } from '../article-pages/locale-home.ts';
import type { BuildSession } from './build-session.ts';
import { inShard } from './shard.ts';

export function writeLocaleHomes(session: BuildSession, out: string): void {
  const content = session.content;
  if (!content) throw new Error('No content in this build session: the help-content loader did not run.');
  const byLocale = new Map<string, { title: string; url: string }[]>();
  for (const { data } of content.articles) {
    const list = byLocale.get(data.locale) ?? [];
    list.push({ title: data.title, url: data.url });
    byLocale.set(data.locale, list);
  }
  for (const locale of content.locales.filter((l) => inShard(l.folder))) {
    const file = join(out, locale.folder, 'index.html');
    writeFileSync(file, stampLocaleHome(readFileSync(file, 'utf8'), localeHomeItems(byLocale.get(locale.folder) ?? [], locale.tag), file));
  }
}
