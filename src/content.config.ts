import { defineCollection } from 'astro:content';
import { articlesLoader, localesLoader, siteLoader } from './astro/help-content-loader.ts';

export const collections = {
  locales: defineCollection({ loader: localesLoader() }),
  site: defineCollection({ loader: siteLoader() }),
  articles: defineCollection({ loader: articlesLoader() }),
};
