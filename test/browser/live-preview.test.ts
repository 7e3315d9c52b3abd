/**
 * A writer previews their edits: `npm run dev` on a copy of a content folder, an article open in Chromium,
 * then the file is edited, broken and fixed on disk, and the open tab follows each time without a restart.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../helpers/browser.ts';
import { projectRoot } from '../helpers/build-site.ts';
import { startDevServer, type DevServer } from '../helpers/dev-server.ts';

let dev: DevServer;
let browser: Browser;
let tab: Page;
let content: string;
const article = () => join(content, 'nl-nl/declined-credit-card.md');

beforeAll(async () => {
  const base = mkdtempSync(join(tmpdir(), 'live-preview-'));
  content = join(base, 'content');
  cpSync(join(projectRoot, 'content'), content, { recursive: true });
  // A partial, included by an article, and a picture beside it.
  mkdirSync(join(content, 'nl-nl/includes'), { recursive: true });
  writeFileSync(join(content, 'nl-nl/includes/tip.md'), 'Een gedeelde tip.\n');
  writeFileSync(join(content, 'nl-nl/met-tip.md'), '---\ntitle: Met een tip\nms.contentlocale: nl-NL\n---\n# Met een tip\n\n[!INCLUDE [tip](includes/tip.md)]\n\n![Kaart](media/card.png)\n');
  mkdirSync(join(content, 'nl-nl/media'), { recursive: true });
  cpSync(join(projectRoot, 'test/fixtures/site/content/en-us/media/card.png'), join(content, 'nl-nl/media/card.png'));
  writeFileSync(join(content, 'nl-nl/media/evil.svg'), '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>');
  dev = await startDevServer(content, join(base, 'cache'));
  browser = await launchBrowser();
  tab = await browser.newPage();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await dev?.stop();
});

/**
 * Opens a page and waits until its dev client is connected: a reload the server sends before that may be
 * lost, so an edit made at once would not show. The reload of the last edit may still be on its way and
 * reload the page the tab was on instead (Chromium then drops the navigation without a word, and the
 * `goto` waits out its timeout): then it is opened again.
 */
async function open(path: string) {
  for (let attempt = 1; ; attempt++) {
    const connected = tab.waitForEvent('console', { predicate: (m) => m.text().includes('[vite] connected'), timeout: 5_000 });
    connected.catch(() => undefined); // awaited below, or left when the page is opened again
    try {
      await tab.goto(`${dev.url}${path}`, { timeout: 5_000 });
      await connected;
      if (new URL(tab.url()).pathname === path) return;
    } catch (error) {
      if (attempt === 5) throw error;
    }
    if (attempt === 5) throw new Error(`the tab stayed on ${tab.url()}, not ${path}`);
  }
}

/** Waits until the open tab shows `text` in its main part: the dev server reloads it by itself. */
async function shows(text: string, timeout = 15_000) {
  await tab.locator('main', { hasText: text }).first().waitFor({ timeout });
}

describe('the dev server', () => {
  it('shows an edit of the article in the open tab, without a restart', async () => {
    await open('/nl-nl/declined-credit-card/');
    await shows('Geweigerde creditcard');
    writeFileSync(article(), readFileSync(article(), 'utf8').replace('# <a name="declined-credit-card"></a>Geweigerde creditcard', '# <a name="declined-credit-card"></a>Geweigerde betaalkaart').replace('title: Geweigerde creditcard', 'title: Geweigerde betaalkaart'));
    await shows('Geweigerde betaalkaart');
    // The title comes from the front matter, which the listing carries: it may follow a moment later.
    await expect.poll(() => tab.title(), { timeout: 15_000 }).toContain('Geweigerde betaalkaart');
    // It went through Astro's content refresh, which writes the data store at once; entries set outside
    // one wait for Astro's half-second save debounce (help-content-loader.ts).
    expect(dev.log().match(/Syncing content/g)?.length).toBeGreaterThan(1);
  });

  it('shows a broken front matter as an error with the file and line, and the page again once it is fixed', async () => {
    const good = readFileSync(article(), 'utf8');
    writeFileSync(article(), good.replace(/^title: .*$/m, 'title: [unclosed'));
    await shows('nl-nl/declined-credit-card.md:2');
    expect(dev.log()).toMatch(/nl-nl\/declined-credit-card\.md:2(:\d+)? error \[front-matter\/yaml\]/);
    writeFileSync(article(), good);
    await shows('Geweigerde betaalkaart');
  });

  it('shows an edit of a partial in the article that includes it', async () => {
    await open('/nl-nl/met-tip/');
    await shows('Een gedeelde tip.');
    writeFileSync(join(content, 'nl-nl/includes/tip.md'), 'Een betere tip.\n');
    await shows('Een betere tip.');
  });

  it('serves the pictures a build would publish, and not the others', async () => {
    const picture = await fetch(`${dev.url}/nl-nl/media/card.png`);
    expect([picture.status, picture.headers.get('content-type')]).toEqual([200, 'image/png']);
    expect((await fetch(`${dev.url}/nl-nl/media/evil.svg`)).status).toBe(404);
  });

  it('gives a link to an article added after the start its target and title, as a build would', async () => {
    writeFileSync(join(content, 'nl-nl/verwijzer.md'), '---\ntitle: Verwijzer\nms.contentlocale: nl-NL\n---\n# Verwijzer\n\nZie [](doel.md).\n');
    await expect.poll(async () => (await fetch(`${dev.url}/nl-nl/verwijzer/`)).status, { timeout: 15_000 }).toBe(200);
    await open('/nl-nl/verwijzer/');
    await shows('Zie');
    expect(await tab.locator('main a', { hasText: 'Het doel' }).count()).toBe(0);
    writeFileSync(join(content, 'nl-nl/doel.md'), '---\ntitle: Het doel\nms.contentlocale: nl-NL\n---\n# Het doel\n\nHier.\n');
    // The open tab reloads by itself; the empty link now takes the new article's title and URL.
    await tab.locator('main a[href="/nl-nl/doel/"]', { hasText: 'Het doel' }).waitFor({ timeout: 15_000 });
  });

  it('follows a new, a renamed and a deleted article on the locale home', async () => {
    await open('/nl-nl/');
    writeFileSync(join(content, 'nl-nl/nieuw-artikel.md'), '---\ntitle: Een nieuw artikel\nms.contentlocale: nl-NL\n---\n# Een nieuw artikel\n\nNieuwe tekst.\n');
    await shows('Een nieuw artikel');
    renameSync(join(content, 'nl-nl/nieuw-artikel.md'), join(content, 'nl-nl/hernoemd-artikel.md'));
    await open('/nl-nl/hernoemd-artikel/');
    await shows('Nieuwe tekst.');
    await open('/nl-nl/');
    await shows('Een nieuw artikel');
    rmSync(join(content, 'nl-nl/hernoemd-artikel.md'));
    // The open home reloads by itself once the deletion is seen.
    await tab.locator('main', { hasText: 'Een nieuw artikel' }).waitFor({ state: 'detached', timeout: 15_000 });
    await expect.poll(async () => (await fetch(`${dev.url}/nl-nl/hernoemd-artikel/`)).status, { timeout: 15_000 }).toBe(404);
  });
});
