/**
 * One build (or dev server) session: what the help-site integration knows from Astro's hooks, what the
 * content loaders put in it, and what the writers at the end of a build read from it. There is one session
 * per Astro process, owned by the integration (src/astro/help-site.ts).
 *
 * The loaders reach it through Astro's own config: the integration object is in `config.integrations`, and
 * its custom hook `help-site:session` returns the session (sessionOf below). So nothing goes through a
 * global, a counter or a file read back from dist/.
 *
 *   astro:config:setup   → command, site             (help-site.ts)
 *   astro:config:done    → outDir, cacheDir
 *   content sync         → content, search            (help-content-loader.ts)
 *   astro:build:done     → writers read content and search
 */
import type { AstroIntegration } from 'astro';
import type { LoaderContext } from 'astro/loaders';
import type { LoadedContent } from '../pipeline/load-content.ts';
import type { FileRenderCache } from '../pipeline/render-cache-file.ts';
import type { SiteOptions } from '../site-options.ts';
import type { StartedIndex } from './search-indexer.ts';
import type { ContentWatcher } from './content-watcher.ts';

export const HELP_SITE = 'help-site';
export const SESSION_HOOK = 'help-site:session';
/** The names of the collections' loaders (help-content-loader.ts), which a refresh in `astro dev` runs again. */
export const HELP_LOADERS = ['help-locales', 'help-site', 'help-articles'] as const;

export interface BuildSession {
  options: SiteOptions;
  /** Absolute path of the content folder. */
  contentDir: string;
  /** What Astro is doing: `build`, `dev`, `preview` or `sync` (the astro:config:setup hook says). */
  command: 'build' | 'dev' | 'preview' | 'sync' | undefined;
  /** The site's address, ending in `/`. */
  site: string;
  outDir: string;
  cacheDir: string;
  /** This sync's pipeline run, shared by the collections' loaders (each awaits the same one). */
  run: Promise<LoadedContent> | undefined;
  /** `astro dev`: the refresh a burst of content changes starts (a new run, or only a reload of the open pages). */
  refresh: Promise<void> | undefined;
  /** `astro dev`: settles when every refresh started so far is done (wait-for-content.ts); never rejects. */
  settled: Promise<void> | undefined;
  /** `astro dev`: what changed since the last refresh started (`<event>:<content path>`). */
  changed: Set<string>;
  /**
   * `astro dev`: content paths changed since the last load started, which the next load reads again; it
   * takes what the last load learned of every other article file (LoadOptions.known).
   */
  unread: Set<string>;
  /** `astro dev`: the pipeline's cache, open from the first load to the last (each load saves what it read). */
  devCache: FileRenderCache | undefined;
  /** `astro dev`: the content folder's watcher (content-watcher.ts), closed with the server. */
  watcher: ContentWatcher | undefined;
  /** `astro dev`: reloads the open pages (set by astro:server:setup). */
  reloadPages: (() => void) | undefined;
  /**
   * `astro dev`: has Astro run the collections' loaders again, which take the session's new run, and write
   * its data store at once (set by astro:server:setup, from Astro's `refreshContent`).
   */
  refreshContent: (() => Promise<void>) | undefined;
  /** The pipeline's result, for the writers at the end of a build. */
  content: LoadedContent | undefined;
  /** The search indexing this build started while the content loaded. */
  search: StartedIndex | undefined;
}

declare global {
  namespace Astro {
    interface IntegrationHooks {
      [SESSION_HOOK]: () => BuildSession;
    }
  }
}

export function createBuildSession(options: SiteOptions, contentDir: string): BuildSession {
  return { options, contentDir, command: undefined, site: options.SITE_URL, outDir: '', cacheDir: '', run: undefined, refresh: undefined, settled: undefined, changed: new Set(), unread: new Set(), devCache: undefined, watcher: undefined, reloadPages: undefined, refreshContent: undefined, content: undefined, search: undefined };
}

/** The session of the help-site integration this loader runs under. */
export function sessionOf(context: Pick<LoaderContext, 'config'>): BuildSession {
  const integration = context.config.integrations.find((i: AstroIntegration) => i.name === HELP_SITE);
  const hook = integration?.hooks[SESSION_HOOK];
  if (typeof hook !== 'function') {
    throw new Error(`The ${HELP_SITE} integration is missing from astro.config.mjs: add helpSite() to integrations (src/astro/help-site.ts).`);
  }
  return hook();
}
