/** Pages built from hostile content run none of it; hostile files are not published; a video loads nothing until the reader clicks. */
import { describe, expect, it } from 'vitest';
import { useBuiltSite } from '../helpers/browser.ts';
import { sites } from '../helpers/build-site.ts';

const site = useBuiltSite(sites.fixture.out);

/** Every page and file a hostile content folder produced or tried to produce. */
const HOSTILE = ['/en-us/hostile/', '/en-us/hostile-files/', '/en-us/untrusted-markup/', '/en-us/media/drawing.svg', '/en-us/media/evil.svg', '/en-us/evil.html', '/en-us/media/fake.png'];
const CONTROLS = 'a, button, input, select, textarea, summary, details, [tabindex], [onclick], img, svg, div, span, p, li, td';

describe('pages built from hostile content', () => {
  it('run nothing when the reader hovers, focuses and clicks every link and control, wherever the link leads', async () => {
    const tab = await site.browser().newPage();
    const ran: string[] = [];
    tab.on('dialog', (dialog) => {
      ran.push(`dialog: ${dialog.message()}`);
      void dialog.dismiss();
    });
    // Nothing leaves 127.0.0.1: an outside link is answered with an empty page, so following it stays quick.
    await tab.route((url) => url.hostname !== '127.0.0.1', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<p>outside</p>' }));
    const check = async (where: string) => {
      const xss = await tab.evaluate(() => (window as unknown as { __xss?: number }).__xss).catch(() => undefined);
      if (xss !== undefined) ran.push(`${where}: vector ${xss}`);
    };
    let clicked = 0;
    for (const path of HOSTILE) {
      await tab.goto(`${site.url()}${path}`);
      for (const element of await tab.locator(CONTROLS).all()) {
        if (!(await element.isVisible())) continue;
        await element.hover({ timeout: 300 }).catch(() => undefined);
        await element.focus({ timeout: 300 }).catch(() => undefined);
      }
      await check(`${path} (hover, focus)`);
      const count = await tab.locator('a, button, summary, input').count();
      for (let i = 0; i < count; i++) {
        // Each click may navigate: the page is loaded again for the next control.
        if (!tab.url().endsWith(path)) await tab.goto(`${site.url()}${path}`);
        const control = tab.locator('a, button, summary, input').nth(i);
        const label = `${path} control ${i} (${(await control.getAttribute('href').catch(() => null)) ?? 'no href'})`;
        if (await control.isVisible()) await control.click({ timeout: 1000 }).catch(() => undefined);
        clicked++;
        await tab.waitForLoadState('load').catch(() => undefined);
        await check(label);
      }
    }
    await tab.waitForTimeout(300);
    expect(ran).toEqual([]);
    expect(clicked).toBeGreaterThan(40);
    await tab.close();
  }, 180_000);

  it('publishes the plain drawing and none of the files that could run', async () => {
    const status = async (path: string) => (await fetch(`${site.url()}${path}`)).status;
    expect(await status('/en-us/media/drawing.svg')).toBe(200);
    for (const path of ['/en-us/media/evil.svg', '/en-us/evil.html', '/en-us/media/fake.png']) expect(await status(path)).toBe(404);
    const tab = await site.browser().newPage();
    await tab.goto(`${site.url()}/en-us/hostile-files/`);
    expect(await tab.locator('img[alt="a drawing"]').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    expect(await tab.locator('.missing-image').allTextContents()).toEqual(['an SVG with script', 'a page named .png', 'a page']);
    await tab.close();
  });
});

describe('a video', () => {
  it('loads nothing from the video host until the reader clicks, then embeds the player', async () => {
    const tab = await site.browser().newPage();
    const requested: string[] = [];
    await tab.route('https://www.microsoft.com/**', (route) => {
      requested.push(route.request().url());
      return route.fulfill({ status: 200, contentType: 'text/html', body: '<p>player</p>' });
    });
    await tab.goto(`${site.url()}/nl-nl/video-test/`);
    await tab.waitForLoadState('networkidle');
    expect(requested).toEqual([]);
    expect(await tab.locator('iframe').count()).toBe(0);

    await tab.getByRole('link', { name: /Video afspelen/ }).click();
    const frame = tab.locator('.video iframe');
    await frame.waitFor();
    expect(await frame.getAttribute('src')).toBe('https://www.microsoft.com/videoplayer/embed/dda6df6d-37b0-41ff-905b-089448355a31?autoplay=true');
    await tab.close();
  });
});
