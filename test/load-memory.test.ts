/**
 * What a build keeps of its articles' text once they are loaded (issue 17: memory bounded by the largest
 * locale): nothing. The pages need titles and URLs; the text was rendered and its HTML set aside. Two
 * ways it stayed, both found in a heap snapshot of a 110,000-article build (200 MB of text kept to the end):
 * - a title cut from the front matter was a view of the article's whole text (V8 substrings), so every
 *   title kept its file in memory;
 * - a closure made after the load kept the render plan, whose jobs hold every article's text.
 *
 * A child process loads 120 articles of 40 KB of Japanese text each (about 9.6 MB in memory, as UTF-16),
 * collects, and says how much heap the load still holds.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from './helpers/build-site.ts';

const ARTICLES = 120;
const BODY_CHARS = 40_000;
const work = mkdtempSync(join(tmpdir(), 'help-load-memory-'));
const content = join(work, 'content');
/** The articles' text as the load holds it while reading: two bytes a character. */
const textBytes = ARTICLES * BODY_CHARS * 2;

beforeAll(() => {
  mkdirSync(join(content, 'ja-jp'), { recursive: true });
  mkdirSync(join(content, 'en-us'), { recursive: true });
  writeFileSync(join(content, 'en-us', 'index-of-topics.md'), '---\ntitle: Topics\n---\nThe topics.\n');
  for (let i = 0; i < ARTICLES; i++) {
    // Titles longer than 12 characters: V8 copies a shorter substring instead of making it a view.
    // Paragraphs of a real sentence, different per article so no two strings are the same.
    const sentence = `カードが拒否されました。支払い方法 ${i} を確認してください。`;
    const paragraphs = Array.from({ length: Math.ceil(BODY_CHARS / (sentence.length * 20)) }, (_, p) => `${sentence.repeat(20)} (${p})`);
    const text = `---\ntitle: 拒否されたクレジット カードについての説明 ${i}\nms.contentlocale: ja-JP\ndescription: 支払い方法の問題を解決する方法について ${i}\n---\n# 拒否されたカード ${i}\n\n${paragraphs.join('\n\n')}\n`;
    writeFileSync(join(content, 'ja-jp', `topic-${i}.md`), text);
  }
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

function retained(...args: string[]): { articles: number; errors: number; retained: number } {
  const run = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', join(projectRoot, 'test/helpers/retained-heap.ts'), content, ...args], {
    cwd: projectRoot,
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout.trim().split('\n').at(-1)!);
}

describe('what a load keeps of the articles’ text', () => {
  it('reading only (astro dev): the titles do not keep their files', { timeout: 60_000 }, () => {
    const result = retained('defer');
    expect(result).toMatchObject({ articles: ARTICLES + 1, errors: 0 });
    expect(result.retained).toBeLessThan(textBytes / 4);
  });

  it('reading and rendering with the HTML set aside (a build): no text and no HTML is kept', { timeout: 120_000 }, () => {
    const result = retained('render', join(work, 'cache'));
    expect(result).toMatchObject({ articles: ARTICLES + 1, errors: 0 });
    expect(result.retained).toBeLessThan(textBytes / 4);
  });
});
