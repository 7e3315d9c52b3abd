/**
 * Once a build's content is checked, its pages need of each article only what `articlePageSchema`
 * (article-schema.ts) picks, and its HTML (set aside, locale-html.ts). What rendering collected for the
 * checks (links, ids, headings, legacy anchors) and the raw front matter are let go of: at 108,000 articles
 * they are gigabytes held until the last page is written. The tools and `astro dev` keep everything.
 *
 * The articles are changed in place, so whoever holds the loaded content (the build session, the
 * collections' shared run) holds no copy.
 */
import type { LoadedContent } from './loaded-content.ts';

export function keepPageFactsOnly(loaded: LoadedContent): void {
  for (const { data } of loaded.articles) {
    data.links = [];
    data.ids = [];
    data.headings = [];
    data.anchors = [];
    data.frontMatter = {};
  }
}
