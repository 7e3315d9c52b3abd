/**
 * The reader and the renderer agree on the front matter, through the whole pipeline (loadContent): an
 * article is either published with every paragraph of its body and none of its front matter, or refused
 * with an error at the line to fix. Before, a closing `----` or `--- # end` lost the text up to the next
 * rule, and a front matter the renderer did not see was published as text, `ms.author` included.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../src/pipeline/diagnostics.ts';
import { loadContent } from '../src/pipeline/load-content.ts';

const FRONT = ['title: Fence case', 'ms.author: secret-author'];
const BODY = ['', 'First paragraph one-marker.', '', '---', '', 'Second paragraph two-marker.', ''];
const lines = (open: string, close: string | undefined, body = BODY) => [open, ...FRONT, ...(close === undefined ? [] : [close]), ...body];

/** name → file text, and the line of the error when it must be refused (undefined: published). */
const CASES: Record<string, { text: string; refusedAt?: number }> = {
  'plain': { text: lines('---', '---').join('\n') },
  'crlf': { text: lines('---', '---').join('\r\n') },
  'lone-cr': { text: lines('---', '---').join('\r') },
  'bom': { text: `\ufeff${lines('---', '---').join('\n')}` },
  'spaces-after-fences': { text: lines('--- \t', '---   ').join('\n') },
  'closed-at-end-of-file': { text: lines('---', '---', []).join('\n') },
  'four-dashes-then-a-rule': { text: lines('---', '----').join('\n'), refusedAt: 4 },
  'comment-on-the-fence': { text: lines('---', '--- # end').join('\n'), refusedAt: 4 },
  'four-dashes-and-no-rule': { text: lines('---', '----', ['', 'First paragraph one-marker.']).join('\n'), refusedAt: 4 },
  'never-closed': { text: lines('---', undefined, ['', '# Fence case', '', 'First paragraph one-marker.']).join('\n'), refusedAt: 1 },
  'key-on-the-opening-fence': { text: lines('--- title: Fence case', '---').join('\n'), refusedAt: 1 },
  'blank-line-first': { text: `\n${lines('---', '---').join('\n')}`, refusedAt: 2 },
};

const content = mkdtempSync(join(tmpdir(), 'help-fences-'));
mkdirSync(join(content, 'en-us'));
for (const [name, { text }] of Object.entries(CASES)) writeFileSync(join(content, 'en-us', `${name}.md`), text);
afterAll(() => rmSync(content, { recursive: true, force: true }));

describe('every fence case is published whole or refused at its line', () => {
  const loaded = loadContent({ contentDir: content, displayRoot: 'content' });
  for (const [name, { text, refusedAt }] of Object.entries(CASES)) {
    it(`${refusedAt ? 'refuses' : 'publishes'} ${name}`, () => {
      const article = loaded.articles.find((a) => a.data.path === `en-us/${name}.md`);
      const errors = loaded.diagnostics.filter((d) => d.file === `content/en-us/${name}.md`);
      if (refusedAt !== undefined) {
        expect(article).toBeUndefined();
        expect(errors.map(formatDiagnostic)).toEqual([expect.stringMatching(new RegExp(`^content/en-us/${name}\\.md:${refusedAt} error \\[front-matter/fence\\] `))]);
        return;
      }
      expect(errors).toEqual([]);
      expect(article?.data.title).toBe('Fence case');
      expect(article?.data.authors).toEqual(['secret-author']);
      // Every paragraph of the body, and nothing of the front matter.
      for (const marker of ['one-marker', 'two-marker']) expect(article?.html.includes(marker)).toBe(text.includes(marker));
      expect(article?.html).not.toContain('secret-author');
      expect(article?.html).not.toContain('title:');
    });
  }
});
