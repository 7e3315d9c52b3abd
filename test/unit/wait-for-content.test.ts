/**
 * `astro dev`: a page asked for while the content loads again waits for the new content
 * (src/astro/wait-for-content.ts); everything else (scripts, pictures, Vite's modules) is served at once.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { describe, expect, it } from 'vitest';
import { createBuildSession } from '../../src/astro/build-session.ts';
import { waitForContent } from '../../src/astro/wait-for-content.ts';
import { siteOptions } from '../../src/site-options.ts';

const request = (accept: string, method = 'GET') => ({ method, headers: { accept } }) as unknown as IncomingMessage;
const response = {} as ServerResponse;
const tick = () => new Promise((resolve) => setTimeout(resolve, 10));

describe('a page asked for during a content refresh', () => {
  it('is answered once the refresh is done, not before', async () => {
    const session = createBuildSession(siteOptions(), '/content');
    let done!: () => void;
    session.settled = new Promise<void>((resolve) => (done = resolve));
    let answered = false;
    waitForContent(session)(request('text/html,application/xhtml+xml'), response, () => (answered = true));
    await tick();
    expect(answered).toBe(false);
    done();
    await tick();
    expect(answered).toBe(true);
  });

  it('does not hold what is not a page, nor a page when nothing is refreshing', () => {
    const session = createBuildSession(siteOptions(), '/content');
    const served: string[] = [];
    waitForContent(session)(request('text/html'), response, () => served.push('page, no refresh'));
    session.settled = new Promise<void>(() => undefined);
    waitForContent(session)(request('*/*'), response, () => served.push('module'));
    waitForContent(session)(request('image/avif,image/webp,*/*'), response, () => served.push('picture'));
    waitForContent(session)(request('text/html', 'POST'), response, () => served.push('post'));
    expect(served).toEqual(['page, no refresh', 'module', 'picture', 'post']);
  });
});
