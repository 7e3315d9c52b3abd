/**
 * Writes the redirect rules for hosts that do real HTTP redirects, from dist/redirect-rules.json:
 * `dist/_redirects` (Netlify, Cloudflare Pages) and `dist/_nginx/fwlink-http.conf` + `fwlink-server.conf`.
 * The rule text comes from src/pipeline/short-links/host-rules.ts.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { stopPoint } from './stop-at.ts';
import { netlifyRedirects, nginxMaps, nginxServer, type RedirectData } from '../pipeline/short-links/host-rules.ts';

export function writeHostRules(): AstroIntegration {
  return {
    name: 'help-host-rules',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const data = JSON.parse(readFileSync(join(out, 'redirect-rules.json'), 'utf8')) as RedirectData;
        writeFileSync(join(out, '_redirects'), netlifyRedirects(data));
        await stopPoint('host-rules'); // test-only (stop-at.ts)
        mkdirSync(join(out, '_nginx'), { recursive: true });
        writeFileSync(join(out, '_nginx/fwlink-http.conf'), nginxMaps(data));
        writeFileSync(join(out, '_nginx/fwlink-server.conf'), nginxServer(data));
        logger.info(`host rules for ${data.shortLinks.length} short links and ${data.redirects.length} redirects`);
      },
    },
  };
}
