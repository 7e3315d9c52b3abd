// @ts-check
import mdx from '@astrojs/mdx';
import { resolve } from 'node:path';
import { defineConfig } from 'astro/config';
import { copyContentAssets } from './src/astro/copy-content-assets.ts';
import { pagefindIndex } from './src/astro/pagefind-index.ts';
import { writeArticlePages } from './src/astro/write-article-pages.ts';
import { writeHostRules } from './src/astro/write-host-rules.ts';

/**
 * Site configuration. Content comes from CONTENT_DIR (default `content/`), see src/astro/help-content-loader.ts.
 * OUT_DIR and ASTRO_CACHE_DIR let tests build fixture sites side by side without sharing a cache.
 */
export default defineConfig({
  site: process.env.SITE_URL ?? 'https://help.example.com',
  outDir: process.env.OUT_DIR ?? './dist',
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'always',
  // Pages are written with some concurrency: generating one is cheap, waiting on the disk is not.
  build: { format: 'directory', inlineStylesheets: 'always', concurrency: 4 },
  compressHTML: true,
  devToolbar: { enabled: false },
  server: { host: '127.0.0.1', port: 4321 },
  integrations: [mdx(), copyContentAssets(resolve(process.env.CONTENT_DIR ?? 'content')), writeArticlePages(), writeHostRules(), pagefindIndex()],
});
