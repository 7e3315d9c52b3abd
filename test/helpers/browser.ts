/**
 * Debian's Chromium driven by playwright-core. Nothing is downloaded: the browser must be installed
 * (`apt-get install chromium`, done by .ci/run). The flags keep it off the network this machine lacks.
 */
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { serveStatic, type StaticServer } from './static-server.ts';

export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/**
 * For a browser test file: serves a built site on 127.0.0.1 and starts Chromium before the tests, and stops
 * both after. Returns getters, since both exist only once `beforeAll` ran.
 */
export function useBuiltSite(dist: string): { browser: () => Browser; url: () => string } {
  let browser: Browser | undefined;
  let server: StaticServer | undefined;
  beforeAll(async () => {
    server = await serveStatic(dist);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return { browser: () => browser!, url: () => server!.url };
}
