/**
 * Writes the redirect rules for hosts that do real HTTP redirects, from the build session's short links and
 * redirects: `dist/_redirects` (Netlify, Cloudflare Pages) and `dist/_nginx/fwlink-http.conf` +
 * `fwlink-server.conf`, plus `dist/redirect-rules.json` (the same data, for tools). The rule text comes from
 * src/pipeline/short-links/host-rules.ts.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import { stopPoint } from './stop-at.ts';
import type { BuildSession } from './build-session.ts';
import { HOST_RULE_FILES, netlifyRedirects, nginxMaps, nginxServer, type RedirectData } from '../pipeline/short-links/host-rules.ts';
import { sourceLocale } from '../i18n/site-config.ts';

export async function writeHostRules(session: BuildSession, out: string, logger: AstroIntegrationLogger) {
  const content = session.content;
  if (!content) throw new Error('No content in this build session: the help-content loader did not run.');
  const data: RedirectData = { sourceLocale, locales: content.locales.map((l) => l.folder), shortLinks: content.shortLinks, redirects: content.redirects };
  // Each writer refuses (throws, naming the value and the file) what its format cannot carry safely:
  // all three are made before any is written, so a refusal leaves no half set of rules behind.
  const files = { [HOST_RULE_FILES.redirects]: netlifyRedirects(data), [HOST_RULE_FILES.nginxHttp]: nginxMaps(data), [HOST_RULE_FILES.nginxServer]: nginxServer(data) };
  mkdirSync(join(out, '_nginx'), { recursive: true });
  writeFileSync(join(out, 'redirect-rules.json'), JSON.stringify(data, null, 1));
  let first = true;
  for (const [name, text] of Object.entries(files)) {
    writeFileSync(join(out, name), text);
    // test-only (stop-at.ts): a build stopped between the rule files
    if (first) await stopPoint('host-rules');
    first = false;
  }
  logger.info(`host rules for ${data.shortLinks.length} short links and ${data.redirects.length} redirects`);
}
