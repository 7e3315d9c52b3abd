/**
 * Publishes the pictures articles show (the pipeline decides which: src/pipeline/publish-policy.ts) at their
 * content path, where the renderer points `<img src>`: `nl-nl/media/card.png` → `dist/nl-nl/media/card.png`.
 * Runs before the article pages are written, and never replaces a file already in dist/: a collision with
 * a file the site wrote stops the build, naming both.
 */
import { constants, copyFileSync, mkdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import type { BuildSession } from './build-session.ts';

export function publishAssets(session: BuildSession, out: string, logger: AstroIntegrationLogger) {
  const assets = session.content?.assets ?? [];
  for (const asset of assets) publishAsset(session.contentDir, out, asset);
  if (assets.length > 0) logger.info(`published ${assets.length} pictures that articles show`);
}

/** Copies one picture; the copy fails rather than replace a file (COPYFILE_EXCL). */
export function publishAsset(contentDir: string, out: string, asset: string) {
  const target = join(out, asset);
  if (relative(out, target).startsWith('..')) throw new Error(`${asset}: a picture must be published inside the site folder`);
  mkdirSync(dirname(target), { recursive: true });
  try {
    copyFileSync(join(contentDir, asset), target, constants.COPYFILE_EXCL);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    throw new Error(`${join(contentDir, asset)} would replace ${target}, a file the site writes. Rename the picture.`);
  }
}
