/**
 * `astro dev` serves the pictures a build would publish (src/pipeline/publish-policy.ts), from the content
 * folder, at the same URLs: `/nl-nl/media/card.png`. Only what the last content load allowed is served;
 * anything else falls through to Astro (and its 404).
 */
import { createReadStream } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join } from 'node:path';
import type { BuildSession } from './build-session.ts';

const TYPES: Record<string, string> = { '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.gif': 'image/gif', '.webp': 'image/webp', '.svg': 'image/svg+xml' };

export function servePictures(session: BuildSession) {
  return (req: IncomingMessage, res: ServerResponse, next: () => void) => {
    const url = (req.url ?? '').split(/[?#]/)[0] ?? '';
    const entry = session.content?.manifest.find((e) => e.kind === 'asset' && e.url === url);
    if (!entry) return next();
    // An SVG is published only because nothing in it runs; the header says so to the browser too.
    res.writeHead(200, { 'Content-Type': TYPES[extname(entry.path).toLowerCase()] ?? 'application/octet-stream', 'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'", 'X-Content-Type-Options': 'nosniff' });
    createReadStream(join(session.contentDir, entry.path)).pipe(res);
  };
}
