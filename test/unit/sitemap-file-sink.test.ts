/**
 * The sink the build writes sitemaps with (src/astro/sitemap-file-sink.ts): bytes reach the disk while a file
 * is still being written, so a 50 MB sitemap is never held whole, and a file appears under its name only
 * once it is complete.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { sitemapFileSink } from '../../src/astro/sitemap-file-sink.ts';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('the sitemap file sink', () => {
  it('writes to disk as chunks come, and names the file only when it ends', () => {
    dir = mkdtempSync(join(tmpdir(), 'help-sitemap-sink-'));
    const sink = sitemapFileSink(dir);
    const chunk = `  <url><loc>https://help.example.com/nl-nl/caf%C3%A9/</loc></url>\n`.padEnd(1024, ' ');
    sink.begin();
    for (let i = 0; i < 3 * 1024; i++) sink.write(chunk);
    // 3 MB written: at least 2 MB of it already on disk, under a name no crawler is given.
    const [partial, ...others] = readdirSync(dir);
    expect(others).toEqual([]);
    expect(partial).not.toMatch(/^sitemap/);
    expect(statSync(join(dir, partial!)).size).toBeGreaterThanOrEqual(2 * 1024 * 1024);
    sink.end('sitemap-nl-nl-1.xml');
    expect(readdirSync(dir)).toEqual(['sitemap-nl-nl-1.xml']);
    expect(readFileSync(join(dir, 'sitemap-nl-nl-1.xml'), 'utf8')).toBe(chunk.repeat(3 * 1024));
  });
});
