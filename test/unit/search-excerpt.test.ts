/**
 * Search excerpts show the page's text: Pagefind's own search code (the pagefind.js it writes, run here in
 * Node against a real index on a local server) gives the excerpts, search-excerpt.ts reads them.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { excerptParts, type ExcerptPart } from '../../src/scripts/search-excerpt.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';

const PAGES: Record<string, string> = {
  // What the renderer writes for Markdown `&amp;lt;script&amp;gt;` and `&amp;amp;`: text that reads &lt;script&gt; and &amp;.
  '/entities/': '<h1>Entities</h1><p>Type &amp;lt;script&amp;gt; to quote the tag, and &amp;amp; for an ampersand; AT&amp;T and &lt;mailboxname&gt; stay.</p>',
  '/marks/': '<h1>Marks</h1><p>Zoek &lt;mark&gt;niet&lt;/mark&gt; en <b>vet</b> woord.</p>',
  '/ja/': '<h1>日本語</h1><p>管理センターで&amp;lt;b&amp;gt;と入力します。</p>',
};

const work = mkdtempSync(join(tmpdir(), 'help-excerpt-'));
let server: StaticServer;
type Result = { excerpt: string; content?: string; raw_content?: string; sub_results?: { excerpt: string }[] };
type Search = (term: string) => Promise<Result[]>;
const search: Record<'en' | 'ja', Search> = {} as Record<'en' | 'ja', Search>;

/** One bundle per language, as the site builds one per locale. */
async function bundle(lang: 'en' | 'ja', pages: string[]) {
  const { index } = await pagefind.createIndex({});
  for (const url of pages) await index!.addHTMLFile({ url, content: `<html lang="${lang}"><body><article data-pagefind-body>${PAGES[url]}</article></body></html>` });
  await index!.writeFiles({ outputPath: join(work, lang) });
  await pagefind.close();
}

beforeAll(async () => {
  await bundle('en', ['/entities/', '/marks/']);
  await bundle('ja', ['/ja/']);
  server = await serveStatic(work);
  for (const lang of ['en', 'ja'] as const) {
    const client = await import(/* @vite-ignore */ join(work, lang, 'pagefind.js'));
    await client.options({ basePath: `${server.url}/${lang}/`, excerptLength: 24 });
    search[lang] = async (term) => Promise.all(((await client.search(term)) as { results: { data(): Promise<Result> }[] }).results.map((r) => r.data()));
  }
}, 60_000);

afterAll(async () => {
  await server?.close();
  rmSync(work, { recursive: true, force: true });
});

const text = (parts: ExcerptPart[]) => parts.map((p) => (p.mark ? `[${p.text}]` : p.text)).join('');

describe('search excerpts', () => {
  it('show "&lt;script&gt;" and "&amp;" as the page does, not decoded a second time', async () => {
    const [result] = await search.en('quote');
    expect(result!.excerpt).toContain('&lt;script&gt;'); // Pagefind's excerpt alone cannot tell this text from "<script>"
    expect(text(excerptParts(result!.excerpt, result!))).toBe('Entities. Type &lt;script&gt; to [quote] the tag, and &amp; for an ampersand; AT&T and <mailboxname> stay.');
  });

  it('keep the marks of the searched word, and text that looks like a mark tag as text', async () => {
    const [result] = await search.en('woord');
    expect(text(excerptParts(result!.excerpt, result!))).toBe('Marks. Zoek <mark>niet</mark> en vet [woord.]');
    const [sub] = result!.sub_results!;
    expect(text(excerptParts(sub!.excerpt, result!))).toBe('Marks. Zoek <mark>niet</mark> en vet [woord.]');
  });

  it('read text without spaces between words (Japanese), which Pagefind splits with zero-width spaces', async () => {
    const [result] = await search.ja('管理');
    expect(text(excerptParts(result!.excerpt, result!)).replace(/\u200B/g, '')).toContain('&lt;b&gt;と入力します');
  });

  it('fall back to undoing only Pagefind’s own escaping when the page text is not there', () => {
    expect(excerptParts('a &lt;b&gt; <mark>c</mark> &amp;', {})).toEqual([
      { text: 'a <b> ', mark: false },
      { text: 'c', mark: true },
      { text: ' &amp;', mark: false },
    ]);
  });
});
