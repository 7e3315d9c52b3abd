/**
 * What of a content folder is published besides articles: only pictures articles show, that cannot run
 * script on the site's origin, inside a locale folder, and never over a file of the site.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { publishAsset } from '../src/astro/copy-content-assets.ts';
import { formatDiagnostic } from '../src/pipeline/diagnostics.ts';
import { loadContent } from '../src/pipeline/load-content.ts';
import { judgeAsset, siteFileAt } from '../src/pipeline/publish-policy.ts';
import { expected, fixturesDir } from './helpers/fixtures.ts';

const text = (s: string) => new TextEncoder().encode(s);
const png = readFileSync(join(fixturesDir, 'site/content/en-us/media/card.png'));
const svg = (body: string, root = '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10">') => text(`${root}${body}</svg>`);

describe('judgeAsset refuses what could run on the site', () => {
  const refused: [string, string, Uint8Array][] = [
    ['an HTML page', 'en-us/evil.html', text('<script>alert(1)</script>')],
    ['an HTML page in upper case', 'en-us/EVIL.HTM', text('<script>alert(1)</script>')],
    ['a script', 'en-us/media/app.js', text('alert(1)')],
    ['a module', 'en-us/media/app.mjs', text('alert(1)')],
    ['a style sheet', 'en-us/media/site.css', text('body{background:url(javascript:alert(1))}')],
    ['XML', 'en-us/media/feed.xml', text('<?xml-stylesheet href="x.xsl"?><a/>')],
    ['XHTML', 'en-us/media/page.xhtml', text('<html xmlns="http://www.w3.org/1999/xhtml"><script>alert(1)</script></html>')],
    ['a file with no extension', 'en-us/media/README', text('hello')],
    ['a picture with a double extension', 'en-us/media/card.png.html', png],
    ['HTML named .png', 'en-us/media/fake.png', text('<html><script>alert(1)</script></html>')],
    ['HTML named .jpg', 'en-us/media/fake.jpg', text('<script>alert(1)</script>')],
    ['HTML named .gif', 'en-us/media/fake.gif', text('GIF8<script>alert(1)</script>')],
    ['HTML named .webp', 'en-us/media/fake.webp', text('RIFF....WEBX<script>')],
    ['a picture outside any locale folder', 'media/card.png', png],
    ['an SVG with a script', 'en-us/media/a.svg', svg('<script>alert(1)</script>')],
    ['an SVG with onload', 'en-us/media/a.svg', text('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>')],
    ['an SVG with an event handler deep inside', 'en-us/media/a.svg', svg('<g><rect onmouseover="alert(1)"/></g>')],
    ['an SVG with foreignObject', 'en-us/media/a.svg', svg('<foreignObject><body xmlns="http://www.w3.org/1999/xhtml"><script>alert(1)</script></body></foreignObject>')],
    ['an SVG with an XHTML script in another prefix', 'en-us/media/a.svg', svg('<h:script xmlns:h="http://www.w3.org/1999/xhtml">alert(1)</h:script>')],
    ['an SVG with a javascript: link', 'en-us/media/a.svg', svg('<a href="javascript:alert(1)"><text>x</text></a>')],
    ['an SVG with SMIL setting an href', 'en-us/media/a.svg', svg('<a><animate attributeName="href" to="javascript:alert(1)"/><text>x</text></a>')],
    ['an SVG with set', 'en-us/media/a.svg', svg('<set attributeName="onmouseover" to="alert(1)"/>')],
    ['an SVG using an outside file', 'en-us/media/a.svg', svg('<use href="https://evil.example/x.svg#a"/>')],
    ['an SVG using xlink:href to a script URL', 'en-us/media/a.svg', svg('<use xlink:href="javascript:alert(1)"/>')],
    ['an SVG image loading another host', 'en-us/media/a.svg', svg('<image href="https://evil.example/track.png"/>')],
    ['an SVG with a style sheet import', 'en-us/media/a.svg', svg('<style>@import url(https://evil.example/x.css);</style>')],
    ['an SVG with a CSS escape', 'en-us/media/a.svg', svg('<style>rect{fill:u\\72l(https://evil.example/)}</style>')],
    ['an SVG with a style attribute loading a URL', 'en-us/media/a.svg', svg('<rect style="fill:url(https://evil.example/t)"/>')],
    ['an SVG with an xml-stylesheet', 'en-us/media/a.svg', text('<?xml-stylesheet type="text/xsl" href="x.xsl"?><svg xmlns="http://www.w3.org/2000/svg"/>')],
    ['an SVG with a DOCTYPE and entities', 'en-us/media/a.svg', text('<!DOCTYPE svg [<!ENTITY x "<script>alert(1)</script>">]><svg xmlns="http://www.w3.org/2000/svg">&x;</svg>')],
    ['an SVG with xml:base', 'en-us/media/a.svg', svg('<g xml:base="javascript:"/>')],
    ['an SVG in no namespace', 'en-us/media/a.svg', text('<svg><script>alert(1)</script></svg>')],
    ['an SVG whose root is HTML', 'en-us/media/a.svg', text('<html xmlns="http://www.w3.org/1999/xhtml"><script>alert(1)</script></html>')],
    ['an SVG that is not well-formed', 'en-us/media/a.svg', text('<svg xmlns="http://www.w3.org/2000/svg"><g></svg>')],
    ['an SVG that is not UTF-8', 'en-us/media/a.svg', new Uint8Array([0x3c, 0x73, 0x76, 0x67, 0xff, 0x3e])],
    ['an SVG with a tab hidden in javascript:', 'en-us/media/a.svg', svg('<rect fill="java\tscript:alert(1)"/>')],
    ['a picture over the size limit', 'en-us/media/huge.png', new Uint8Array(11 * 1024 * 1024).fill(0x89, 0, 1)],
  ];

  it.each(refused)('refuses %s', (_, path, bytes) => {
    const verdict = judgeAsset(path, !path.startsWith('media/'), bytes);
    expect(verdict.publish).toBe(false);
  });

  it('publishes real pictures and a plain drawing', () => {
    expect(judgeAsset('en-us/media/card.png', true, png)).toEqual({ publish: true });
    expect(judgeAsset('en-us/media/photo.JPG', true, new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toEqual({ publish: true });
    expect(judgeAsset('en-us/media/a.gif', true, text('GIF89a...'))).toEqual({ publish: true });
    const drawing = svg('<title>Card</title><defs><linearGradient id="g"><stop offset="0" stop-color="#fff"/></linearGradient></defs><rect width="10" height="10" style="fill:url(#g)"/><use xlink:href="#g"/><text>Kaart &amp; pas</text>');
    expect(judgeAsset('en-us/media/card.svg', true, drawing)).toEqual({ publish: true });
    const inkscape = text('<?xml version="1.0" encoding="UTF-8"?><svg xmlns="http://www.w3.org/2000/svg" xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape" inkscape:version="1.2"><metadata><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"/></metadata><path d="M0 0h10"/></svg>');
    expect(judgeAsset('en-us/media/ink.svg', true, inkscape)).toEqual({ publish: true });
  });

  it('says why, in words an author can act on', () => {
    expect(judgeAsset('en-us/evil.html', true, text('x'))).toEqual({ publish: false, reason: "a .html file is not a picture; only png, jpg, jpeg, gif, webp, svg files are published, since anything else (HTML, scripts, style sheets, XML) could run on the site's origin" });
    expect(judgeAsset('en-us/a.svg', true, svg('<script>alert(1)</script>'))).toEqual({ publish: false, reason: 'the SVG is not published because it has a <script> element, which can run script or load a document (line 1); export it as PNG, or remove that part' });
  });
});

describe('files at the site\'s own paths', () => {
  it.each([
    ['_astro/SearchBox.js', 'dist/_astro/SearchBox.js'],
    ['pagefind/nl-nl/pagefind.js', 'dist/pagefind/nl-nl/pagefind.js'],
    ['fwlink/index.html', 'dist/fwlink/index.html'],
    ['en-us/index.html', 'dist/en-us/index.html'],
    ['en-us/declined-credit-card/INDEX.HTML', 'dist/en-us/declined-credit-card/INDEX.HTML'],
    ['robots.txt', 'dist/robots.txt'],
    ['sitemap.xml', 'dist/sitemap.xml'],
    ['sitemap-nl-nl-2.xml', 'dist/sitemap-nl-nl-2.xml'],
    ['_redirects', 'dist/_redirects'],
    ['_nginx/fwlink-server.conf', 'dist/_nginx/fwlink-server.conf'],
  ])('%s would replace %s', (path, site) => expect(siteFileAt(path)).toBe(site));

  it('leaves content paths alone', () => {
    for (const path of ['en-us/media/card.png', 'fwlinks.yml', 'redirects.yml', 'nl-nl/TOC.yml']) expect(siteFileAt(path)).toBeUndefined();
  });
});

describe('a content folder with hostile pictures', () => {
  const folder = join(fixturesDir, 'publish/hostile-pictures');
  const result = loadContent({ contentDir: join(folder, 'content'), displayRoot: 'content' });

  it('publishes only the pictures an article shows that are safe, and says why for every other file', () => {
    expect(result.errorCount).toBe(0);
    expect(result.assets).toEqual(['en-us/media/card.png', 'en-us/media/ok.svg']);
    const reasons = Object.fromEntries(result.manifest.filter((e) => e.kind !== 'article').map((e) => [e.path, e.reason]));
    const text = `${Object.entries(reasons).map(([path, reason]) => `${path}: ${reason}`).join('\n')}\n\n${result.diagnostics.map(formatDiagnostic).join('\n')}\n`;
    expect(text).toBe(expected(join(folder, 'expected.txt'), text));
  });

  it('shows refused and missing pictures as their alt text, never as a link to the file', () => {
    const html = result.articles[0]!.html;
    expect(html).toContain('<img src="/en-us/media/card.png" alt="raster">');
    expect(html).toContain('<img src="/en-us/media/ok.svg" alt="ok">');
    for (const alt of ['html', 'svg', 'fake', 'outside', 'up']) expect(html).toContain(`<span class="missing-image">${alt}</span>`);
    expect(html).not.toMatch(/evil|fake\.png|NOTICE/);
  });
});

describe('publishing a picture', () => {
  it('never replaces a file the site wrote, and names both', () => {
    const content = mkdtempSync(join(tmpdir(), 'assets-'));
    const out = mkdtempSync(join(tmpdir(), 'dist-'));
    writeFileSync(join(content, 'a.png'), png);
    writeFileSync(join(out, 'a.png'), 'the site');
    expect(() => publishAsset(content, out, 'a.png')).toThrow(`${join(content, 'a.png')} would replace ${join(out, 'a.png')}, a file the site writes. Rename the picture.`);
    expect(readFileSync(join(out, 'a.png'), 'utf8')).toBe('the site');
  });
});
