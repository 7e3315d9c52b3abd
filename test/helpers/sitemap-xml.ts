/**
 * Reads a sitemap or a sitemap index with a conforming XML parser (saxes) and checks it against the
 * protocol (https://www.sitemaps.org/protocol.html, its XSD, and Google's `xhtml:link` alternates): UTF-8
 * declared, the sitemap namespace on every element of the protocol, `<loc>` first and once, `<lastmod>` a
 * W3C date, alternates in the XHTML namespace with rel="alternate", nothing else, and at least one entry.
 * Throws on the first problem; returns the values as the parser decoded them (entities undone).
 */
import { SaxesParser } from 'saxes';

const SITEMAP_NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';
const XHTML_NS = 'http://www.w3.org/1999/xhtml';
const W3C_DATE = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2}))?$/;

export interface SitemapEntry {
  loc: string;
  lastmod?: string;
  alternates: { hreflang: string; href: string }[];
}

export type ParsedSitemap = { kind: 'urlset'; entries: SitemapEntry[] } | { kind: 'sitemapindex'; entries: SitemapEntry[] };

export function parseSitemap(xml: string): ParsedSitemap {
  const parser = new SaxesParser({ xmlns: true });
  const path: string[] = [];
  const entries: SitemapEntry[] = [];
  let kind: ParsedSitemap['kind'] | undefined;
  let entry: (SitemapEntry & { children: string[] }) | undefined;
  let text = '';
  const fail = (problem: string) => {
    throw new Error(`${problem} (line ${parser.line})`);
  };
  parser.on('xmldecl', (decl) => {
    if (decl.encoding?.toUpperCase() !== 'UTF-8') fail(`the XML declaration says encoding ${decl.encoding}, not UTF-8`);
  });
  parser.on('doctype', () => fail('a DOCTYPE'));
  parser.on('opentag', (tag) => {
    const depth = path.length;
    const name = `${tag.uri === XHTML_NS ? 'xhtml:' : tag.uri === SITEMAP_NS ? '' : `{${tag.uri}}`}${tag.local}`;
    path.push(name);
    text = '';
    if (depth === 0) {
      if (name !== 'urlset' && name !== 'sitemapindex') fail(`root element <${tag.name}> in ${tag.uri}`);
      kind = name as ParsedSitemap['kind'];
    } else if (depth === 1) {
      if (name !== (kind === 'urlset' ? 'url' : 'sitemap')) fail(`<${name}> inside <${kind}>`);
      entry = { loc: '', alternates: [], children: [] };
    } else if (depth === 2) {
      const allowed = kind === 'urlset' ? ['loc', 'lastmod', 'xhtml:link'] : ['loc', 'lastmod'];
      if (!allowed.includes(name)) fail(`<${name}> inside an entry`);
      const order = entry!.children;
      if (order.length === 0 && name !== 'loc') fail(`<${name}> before <loc>`);
      if (name !== 'xhtml:link' && order.includes(name)) fail(`a second <${name}>`);
      if (name === 'lastmod' && order.at(-1) !== 'loc') fail('<lastmod> not right after <loc>');
      order.push(name);
      if (name === 'xhtml:link') {
        const attr = (local: string) => tag.attributes[local]?.value ?? '';
        if (attr('rel') !== 'alternate' || !attr('hreflang') || !attr('href')) fail('an xhtml:link without rel="alternate", hreflang and href');
        entry!.alternates.push({ hreflang: attr('hreflang'), href: attr('href') });
      }
    } else fail(`<${name}> nested too deep`);
  });
  parser.on('text', (t) => {
    if (path.length === 3) text += t;
    else if (t.trim() !== '') fail(`text ${JSON.stringify(t.trim())} outside <loc> and <lastmod>`);
  });
  parser.on('closetag', () => {
    const name = path.pop();
    if (path.length === 2 && name === 'loc') {
      if (!/^https?:\/\/[^/]+\//.test(text) || text.length >= 2048) fail(`<loc> ${text} is not an absolute URL under 2,048 characters`);
      entry!.loc = text;
    }
    if (path.length === 2 && name === 'lastmod') {
      if (!W3C_DATE.test(text)) fail(`<lastmod> ${text} is not a W3C date`);
      entry!.lastmod = text;
    }
    if (path.length === 1) {
      if (!entry!.loc) fail('an entry without <loc>');
      const { children: _children, ...done } = entry!;
      entries.push(done);
    }
  });
  parser.write(xml).close();
  if (!kind) fail('no root element');
  if (entries.length === 0) fail(`an empty <${kind}> (the schema wants at least one entry)`);
  return { kind: kind!, entries };
}
