// @ts-check
import mdx from '@astrojs/mdx';
import { resolve } from 'node:path';
import { defineConfig } from 'astro/config';
import { helpSite } from './src/astro/help-site.ts';
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
  // The test fixtures hold hostile symbolic links (loops, links out of the folder) that vite's own file
  // watcher must not follow; the content folder is watched by the content loader.
  vite: { server: { watch: { ignored: ['**/test/fixtures/**', '**/test/.output/**'] } } },
  integrations: [mdx(), helpSite(options, resolve(options.CONTENT_DIR))],
});
