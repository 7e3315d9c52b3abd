/**
 * The Astro side of the site, as one integration that owns the order of everything Astro does not do:
 *
 *   astro:config:setup   records the command and the site in the build session (build-session.ts)
 *   astro:config:done    records the output and cache folders
 *   astro:server:setup   (dev) lets the loader reload open pages; serves the pictures articles show
 *   (content sync)       the loaders fill the session: content and the search indexing it started
 *   astro:build:start    the last build's article pages and search bundles move aside (previous-output.ts)
 *   astro:build:done     the writers, from the session: pictures, locale homes' lists, article pages, manifest and sitemaps,
 *                        host rules, search bundles
 *
 * `help-site:session` is a custom hook: the content loaders find this integration in Astro's config and ask
 * it for the session, so nothing goes through a global.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { createBuildSession, HELP_SITE, SESSION_HOOK } from './build-session.ts';
import { publishAssets } from './copy-content-assets.ts';
import { publishSearch, setSearchAside } from './pagefind-index.ts';
import { setArticlePagesAside, writeArticlePages } from './write-article-pages.ts';
import { writeHostRules } from './write-host-rules.ts';
import { writeLocaleHomes } from './write-locale-homes.ts';
import { writeSiteFiles } from './write-site-files.ts';
import type { SiteOptions } from '../site-options.ts';
import { servePictures } from './serve-pictures.ts';
import { keepHeapNearLive } from './heap-growth.ts';

export function helpSite(options: SiteOptions, contentDir: string): AstroIntegration {
  const session = createBuildSession(options, contentDir);
  let previousPages: Record<string, string> = {};
  return {
    name: HELP_SITE,
    hooks: {
      [SESSION_HOOK]: () => session,
      'astro:config:setup': ({ command, config }) => {
        session.command = command;
        if (command === 'build') keepHeapNearLive();
        if (config.site) session.site = config.site.endsWith('/') ? config.site : `${config.site}/`;
      },
      'astro:config:done': ({ config }) => {
        session.outDir = fileURLToPath(config.outDir);
        session.cacheDir = fileURLToPath(config.cacheDir);
      },
      // `astro dev`: the loader reloads open pages after an edit, and pictures articles show are served.
      'astro:server:setup': ({ server }) => {
        session.reloadPages = () => server.environments.client.hot.send({ type: 'full-reload', path: '*' });
        server.middlewares.use(servePictures(session));
      },
      'astro:build:start': async () => {
        previousPages = setArticlePagesAside(session);
        await setSearchAside(session);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        publishAssets(session, out, logger);
        writeLocaleHomes(session, out);
        await writeArticlePages(session, previousPages, out, logger);
        writeSiteFiles(session, out);
        await writeHostRules(session, out, logger);
        await publishSearch(session, out, logger);
        session.content = undefined;
      },
    },
  };
}
