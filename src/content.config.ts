/**
 * The content collections, filled by the help-content loaders. A build loads them with Node itself
 * (native-import.ts), which starts a rebuild's content sync 0.7 s sooner; `astro dev` loads them through
 * Vite, which loads them again when their code is edited. Vite's hot reloading (`import.meta.hot`) tells the
 * two apart: `import.meta.env.DEV` would not, since it follows NODE_ENV (a build under `NODE_ENV=test` is
 * DEV). `defineCollection` comes from Astro's config module, not from `astro:content`, which would have Vite
 * load Astro's whole page runtime first.
 */
import { defineCollection } from 'astro/content/config';
import type * as Loaders from './astro/help-content-loader.ts';
import { nativeImport } from './astro/native-import.ts';

const { articlesLoader, localesLoader, siteLoader } = import.meta.hot
  ? await import('./astro/help-content-loader.ts')
  : await nativeImport<typeof Loaders>(new URL('./astro/help-content-loader.ts', import.meta.url));

export const collections = {
  locales: defineCollection({ loader: localesLoader() }),
  site: defineCollection({ loader: siteLoader() }),
  articles: defineCollection({ loader: articlesLoader() }),
};
