/**
 * The reader and the renderer must agree on where the front matter is. For every combination of fence
 * lines, near misses, line endings and bodies below, the renderer's own parser (remark-parse with
 * remark-frontmatter, as render-markdown.ts uses them) is the reference.
 */
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { findFence } from '../../src/pipeline/front-matter-fence.ts';

const parser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']);
/** The front matter the renderer skips, or undefined when it sees none (and renders every line). */
function rendererFrontMatter(text: string): string | undefined {
  const first = parser.parse(text).children[0];
  return first?.type === 'yaml' ? first.value : undefined;
}

const OPENINGS = ['---', '--- ', '---\t', '----', ' ---', '--- # start', '--- title: A', '', '***', '-- -'];
const INSIDE = ['title: A', '', '----', '--- # end', '  ---', '---x', '-- -', '...', '- item'];
const CLOSINGS = ['---', '---  ', '---\t', '----', '--- # end', '---title: B', '', '...', ' ---'];
const BODIES = ['', 'Body', 'Body\n\n---\n\nMore'];
const EOLS = ['\n', '\r\n', '\r'];

function* files(): Generator<string> {
  for (const eol of EOLS)
    for (const open of OPENINGS)
      for (const inside of INSIDE)
        for (const close of CLOSINGS)
          for (const body of BODIES) {
            yield [open, 'title: A', inside, close, body].join(eol);
            yield [open, inside, close].join(eol) + eol;
          }
  yield* ['---', '---\n', '---\n---', '---\n---\n', '\n---\ntitle: A\n---\n', '\n\n---\ntitle: A\n---\nBody'];
}

describe('the front matter is where the renderer finds it', () => {
  it('reads exactly what the renderer skips, and refuses every case where the two could differ', () => {
    let agreed = 0;
    for (const text of files()) {
      const ours = findFence(text);
      const theirs = rendererFrontMatter(text);
      if (ours.kind === 'ok') {
        // The renderer's value has no final line ending; ours is the text the YAML reader gets.
        expect(theirs, JSON.stringify(text)).toBe(ours.yaml.replace(/(?:\r\n|\r|\n)$/, ''));
        agreed++;
      } else if (theirs !== undefined) {
        // The renderer found a front matter that runs over a line the author meant as its end: refused.
        expect(ours.kind, JSON.stringify(text)).toBe('not-a-fence');
      } else {
        // The renderer would publish the lines as text: they must be either not front matter at all, or refused.
        expect(['none', 'not-a-fence', 'unclosed', 'late'], JSON.stringify(text)).toContain(ours.kind);
      }
    }
    expect(agreed).toBeGreaterThan(200);
  });

  it('says where the body starts, after the closing fence and its line ending', () => {
    const text = '---\r\ntitle: A\r\n---  \r\n# Heading\r\n';
    expect(findFence(text)).toEqual({ kind: 'ok', yaml: 'title: A\r\n', closeLine: 3, bodyOffset: 22, bodyLine: 4 });
    expect(text.slice(22)).toBe('# Heading\r\n');
    expect(findFence('---\n---')).toEqual({ kind: 'ok', yaml: '', closeLine: 2, bodyOffset: 7, bodyLine: 3 });
  });

  it('finds each near miss at its line', () => {
    expect(findFence('---\ntitle: A\n----\n\nText\n\n---\n')).toMatchObject({ kind: 'not-a-fence', at: { line: 3, text: '----' }, opening: false });
    expect(findFence('---\ntitle: A\n--- # end\nText\n')).toMatchObject({ kind: 'not-a-fence', at: { line: 3, text: '--- # end' } });
    expect(findFence('--- title: A\n---\n')).toMatchObject({ kind: 'not-a-fence', at: { line: 1 }, opening: true });
    expect(findFence('---\ntitle: A\nms.author: x\n\n# Heading\n')).toEqual({ kind: 'unclosed', lastKeyLine: 3 });
    expect(findFence('\n\n---\ntitle: A\n---\n')).toMatchObject({ kind: 'late', at: { line: 3 } });
    expect(findFence('# Just Markdown\n')).toEqual({ kind: 'none' });
  });
});
