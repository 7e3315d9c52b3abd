// @ts-check
import mdx from '@astrojs/mdx';
import { resolve } from 'node:path';
import { defineConfig } from 'astro/config';
import { copyContentAssets } from './src/astro/copy-content-assets.ts';
import { pagefindIndex } from './src/astro/pagefind-index.ts';
import { writeArticlePages } from './src/astro/write-article-pages.ts';
import { writeHostRules } from './src/astro/write-host-rules.ts';
import { siteOptions } from './src/site-options.ts';

const options = siteOptions();

/**
 * Site configuration. Every setting (CONTENT_DIR, OUT_DIR, SITE_URL, …) is declared and checked in
 * src/site-options.ts.
 */
export default defineConfig({
  site: options.SITE_URL,
  outDir: options.OUT_DIR,
  cacheDir: options.ASTRO_CACHE_DIR,
  trailingSlash: 'always',
  // Pages are written with some concurrency: generating one is cheap, waiting on the disk is not.
  build: { format: 'directory', inlineStylesheets: 'always', concurrency: 4 },
  compressHTML: true,
  devToolbar: { enabled: false },
  server: { host: '127.0.0.1', port: 4321 },
  integrations: [mdx(), copyContentAssets(resolve(options.CONTENT_DIR)), writeArticlePages(), writeHostRules(), pagefindIndex()],
});
