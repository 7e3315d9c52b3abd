/** The text of a search input page, read from our own rendered HTML. */
import { describe, expect, it } from 'vitest';
import { mapText, pageText } from '../../src/astro/search-page-text.ts';

const page = (body: string) => `<!doctype html><html lang="he" dir="rtl"><body><article data-pagefind-body>${body}</article></body></html>`;

describe('pageText', () => {
  it('has one line per block, the title first, with entities decoded and line breaks as spaces', () => {
    expect(pageText(page('<h1 id="t">Titel &amp; <em>meer</em></h1><p>Een\nzin&#x3C;x&#x3E; <a href="/a?b=1&amp;c=2">link</a>.</p><ul><li>Een</li><li>Twee</li></ul>'))).toBe('Titel & meer\nEen zin<x> link.\nEen\nTwee');
  });
});

describe('mapText', () => {
  const upper = (text: string) => text.toUpperCase();

  it('changes text only, never tags, attribute values or entities in them', () => {
    const html = page('<p title="abc &amp; def">abc <a href="/abc?x=1&amp;y=2">def</a> &lt;ghi&gt;</p>');
    expect(mapText(html, upper)).toBe(page('<p title="abc &amp; def">ABC <a href="/abc?x=1&amp;y=2">DEF</a> &lt;GHI&gt;</p>'));
  });

  it('changes a word split by inline tags as one word, and words in different blocks apart', () => {
    const firstLetters = (text: string) => text.replace(/\S+/g, (w) => `${w[0]}${'.'.repeat(w.length - 1)}`);
    expect(mapText(page('<p>ab<b>cd</b>ef gh</p><p>ij</p>'), firstLetters)).toBe(page('<p>a.<b>..</b>.. g.</p><p>i.</p>'));
  });

  it('refuses a change that would move text across its tags', () => {
    expect(() => mapText(page('<p>abc</p>'), (t) => t.slice(1))).toThrow(/keep the length/);
  });
});
