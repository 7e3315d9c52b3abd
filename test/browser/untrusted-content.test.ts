/** A page built from hostile content runs none of it; a video loads nothing until the reader clicks. */
import { describe, expect, it } from 'vitest';
import { useBuiltSite } from '../helpers/browser.ts';
import { sites } from '../helpers/build-site.ts';

const site = useBuiltSite(sites.fixture.out);

describe('a page built from hostile content', () => {
  it('runs no injected script, even when the reader hovers, focuses and clicks', async () => {
    const tab = await site.browser().newPage();
    const dialogs: string[] = [];
    tab.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await tab.goto(`${site.url()}/en-us/hostile/`);
    expect(await tab.locator('h1').textContent()).toBe('Hostile content');
    for (const element of await tab.locator('article a, article div, article img, article details').all()) {
      await element.hover({ timeout: 1000 }).catch(() => undefined);
      await element.focus().catch(() => undefined);
    }
    // Links that lead elsewhere are ordinary navigation; click every one that stays on the page.
    for (const link of await tab.locator('article a').all()) {
      const href = await link.getAttribute('href');
      if (href === null || href.startsWith('#')) await link.click({ timeout: 1000 }).catch(() => undefined);
    }
    await tab.waitForTimeout(300);
    expect(tab.url()).toContain('/en-us/hostile/');
    expect(await tab.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(dialogs).toEqual([]);
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
