import { defineCollection } from 'astro:content';
import { articlesLoader, localesLoader, manifestLoader, redirectsLoader, shortLinksLoader } from './astro/help-content-loader.ts';

export const collections = {
  locales: defineCollection({ loader: localesLoader() }),
  manifest: defineCollection({ loader: manifestLoader() }),
  articles: defineCollection({ loader: articlesLoader() }),
  shortLinks: defineCollection({ loader: shortLinksLoader() }),
  redirects: defineCollection({ loader: redirectsLoader() }),
};
