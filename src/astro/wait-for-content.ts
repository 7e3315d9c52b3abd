/**
 * `astro dev`: a page asked for while the content loads again (a saved file) waits until the new content is
 * in. Served before, it would show the old content; and the reload Astro sends once the new content is in
 * may reach the tab while it is still navigating, and be lost (Vite's client takes it on the page it is
 * leaving). An early reload of the open page does come, when Astro rewrites its generated types.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { BuildSession } from './build-session.ts';

export function waitForContent(session: BuildSession) {
  return (req: IncomingMessage, _res: ServerResponse, next: () => void) => {
    const page = req.method === 'GET' && (req.headers.accept ?? '').includes('text/html');
    if (!page || !session.settled) return next();
    void session.settled.then(() => next());
  };
}
