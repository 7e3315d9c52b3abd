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
import { HOST_RULE_FILES, netlifyRedirects, nginxMaps, nginxServer, type RedirectData } from '../pipeline/short-links/host-rules.ts';

export function writeHostRules(): AstroIntegration {
  return {
    name: 'help-host-rules',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const data = JSON.parse(readFileSync(join(out, 'redirect-rules.json'), 'utf8')) as RedirectData;
        // Each writer refuses (throws, naming the value and the file) what its format cannot carry safely:
        // all three are made before any is written, so a refusal leaves no half set of rules behind.
        const files = { [HOST_RULE_FILES.redirects]: netlifyRedirects(data), [HOST_RULE_FILES.nginxHttp]: nginxMaps(data), [HOST_RULE_FILES.nginxServer]: nginxServer(data) };
        mkdirSync(join(out, '_nginx'), { recursive: true });
        let first = true;
        for (const [name, text] of Object.entries(files)) {
          writeFileSync(join(out, name), text);
          // test-only (stop-at.ts): a build stopped between the rule files
          if (first) await stopPoint('host-rules');
          first = false;
        }
        logger.info(`host rules for ${data.shortLinks.length} short links and ${data.redirects.length} redirects`);
      },
    },
  };
}
