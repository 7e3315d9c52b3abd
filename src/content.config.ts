import { defineCollection } from 'astro:content';
import { localesLoader, redirectsLoader, shortLinksLoader } from './astro/help-content-loader.ts';

export const collections = {
  locales: defineCollection({ loader: localesLoader() }),
  shortLinks: defineCollection({ loader: shortLinksLoader() }),
  redirects: defineCollection({ loader: redirectsLoader() }),
};
