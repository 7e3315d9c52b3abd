/**
 * Copies the content folder's assets (pictures next to articles) into the built site at their content
 * path, where the renderer points `<img src>` (see src/pipeline/render/rehype-images.ts). Reads the list
 * from dist/content-manifest.json, so it copies exactly what the pipeline saw.
 */
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { ManifestEntry } from '../pipeline/article-schema.ts';

export function copyContentAssets(contentDir: string): AstroIntegration {
  return {
    name: 'help-content-assets',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const { entries } = JSON.parse(readFileSync(join(out, 'content-manifest.json'), 'utf8')) as { entries: ManifestEntry[] };
        const assets = entries.filter((e) => e.kind === 'asset' && e.locale !== undefined);
        for (const asset of assets) {
          mkdirSync(dirname(join(out, asset.path)), { recursive: true });
          copyFileSync(join(contentDir, asset.path), join(out, asset.path));
        }
        if (assets.length > 0) logger.info(`copied ${assets.length} content assets`);
      },
    },
  };
}
