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
import { createBuildSession, HELP_LOADERS, HELP_SITE, SESSION_HOOK } from './build-session.ts';
import type { SiteOptions } from '../site-options.ts';
import { servePictures } from './serve-pictures.ts';
import { waitForContent } from './wait-for-content.ts';
import { keepHeapNearLive } from './heap-growth.ts';
import { viteWatchIgnore } from './content-watcher.ts';
import type { WrittenPages } from './write-article-pages.ts';

export function helpSite(options: SiteOptions, contentDir: string): AstroIntegration {
  const session = createBuildSession(options, contentDir);
  let previousPages: WrittenPages = {};
  return {
    name: HELP_SITE,
    hooks: {
      [SESSION_HOOK]: () => session,
      'astro:config:setup': ({ command, config, updateConfig }) => {
        session.command = command;
        if (command === 'build') keepHeapNearLive();
        if (config.site) session.site = config.site.endsWith('/') ? config.site : `${config.site}/`;
        // The content loader watches the content folder itself (content-watcher.ts); Vite's watcher, which
        // stats every file it is given, must not also take it in.
        const ignore = command === 'dev' ? viteWatchIgnore(fileURLToPath(config.root), contentDir) : undefined;
        if (ignore) updateConfig({ vite: { server: { watch: { ignored: [ignore] } } } });
      },
      'astro:config:done': ({ config }) => {
        session.outDir = fileURLToPath(config.outDir);
        session.cacheDir = fileURLToPath(config.cacheDir);
      },
      // `astro dev`: the loader reloads open pages after an edit, and pictures articles show are served.
      'astro:server:setup': ({ server, refreshContent }) => {
        session.reloadPages = () => server.environments.client.hot.send({ type: 'full-reload', path: '*' });
        if (refreshContent) session.refreshContent = () => refreshContent({ loaders: [...HELP_LOADERS] });
        server.middlewares.use(waitForContent(session));
        server.middlewares.use(servePictures(session));
      },
      'astro:server:done': () => {
        session.watcher?.close();
        session.watcher = undefined;
      },
      'astro:build:start': async () => {
        const [{ setArticlePagesAside }, { setSearchAside }] = await Promise.all([import('./write-article-pages.ts'), import('./pagefind-index.ts')]);
        previousPages = setArticlePagesAside(session);
        await setSearchAside(session);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const { publishAssets, publishSearch, writeArticlePages, writeHostRules, writeLocaleHomes, writeSiteFiles } = await buildWriters();
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

/**
 * The writers a build ends with, imported when a build needs them: Astro loads this file with its config,
 * and every module it imports then is compiled at each start of `astro dev` too, which writes no page.
 */
async function buildWriters() {
  const [assets, search, pages, hostRules, homes, siteFiles] = await Promise.all([
    import('./copy-content-assets.ts'),
    import('./pagefind-index.ts'),
    import('./write-article-pages.ts'),
    import('./write-host-rules.ts'),
    import('./write-locale-homes.ts'),
    import('./write-site-files.ts'),
  ]);
  return { ...assets, ...search, ...pages, ...hostRules, ...homes, ...siteFiles };
}
