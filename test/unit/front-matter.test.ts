/** The front-matter reader: lines as the author wrote them, and the limits that keep hostile YAML cheap. */
import { describe, expect, it } from 'vitest';
import { MAX_ALIASES, MAX_DEPTH, readFrontMatter } from '../../src/pipeline/front-matter.ts';
import { messages, quote } from '../../src/pipeline/messages.ts';

const read = (text: string) => readFrontMatter(text, 'a.md');
const problem = (text: string) => {
  const result = read(text);
  return result.ok ? undefined : result.diagnostics.map((d) => `${d.line}:${d.column ?? ''} ${d.rule} ${d.message}`);
};

describe('the front-matter reader', () => {
  it('gives every key its line in the file, comments and blank lines counted', () => {
    const result = read('---\n# a comment\ntitle: A\n\nms.custom:\n  - "1"\nms.date: 04/21/2020 # when\n---\nBody\n');
    expect(result.ok && Object.fromEntries(result.frontMatter.keyLines)).toEqual({ title: 3, 'ms.custom': 5, 'ms.date': 7 });
    expect(result.ok && result.frontMatter.data).toEqual({ title: 'A', 'ms.custom': ['1'], 'ms.date': '04/21/2020' });
    expect(result.ok && result.frontMatter.bodyLine).toBe(9);
  });

  it('reads YAML 1.2: an unquoted date, yes and 010 stay what they say', () => {
    const result = read('---\ntitle: A\nreviewed: 2024-05-01\nanswer: yes\ncode: 010\n---\n');
    expect(result.ok && result.frontMatter.data).toEqual({ title: 'A', reviewed: '2024-05-01', answer: 'yes', code: 10 });
  });

  it('keeps a __proto__ key as a key, not as the prototype', () => {
    const result = read('---\ntitle: A\n__proto__: {polluted: 1}\n---\n');
    expect(result.ok && Object.getPrototypeOf(result.frontMatter.data)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it(`allows up to ${MAX_ALIASES} aliases of single values, and no more`, () => {
    const aliases = (n: number) => `---\ntitle: &t A\n${Array.from({ length: n }, (_, i) => `k${i}: *t`).join('\n')}\n---\n`;
    const ok = read(aliases(MAX_ALIASES));
    expect(ok.ok && ok.frontMatter.data['k0']).toBe('A');
    expect(problem(aliases(MAX_ALIASES + 1))).toEqual([`${MAX_ALIASES + 3}:6 front-matter/alias ${messages.tooManyAliases({ file: '' }, MAX_ALIASES).message}`]);
  });

  it('refuses an alias of a list (the billion laughs) and an alias inside its own value, at their line', () => {
    expect(problem('---\ntitle: A\na: &a [x, x]\nb: &b [*a, *a]\n---\n')?.[0]).toMatch(/^4:8 front-matter\/alias the alias "\*a" repeats a list/);
    expect(problem('---\ntitle: A\na: &a [*a]\n---\n')?.[0]).toMatch(/^3:8 front-matter\/alias/);
  });

  it(`allows values nested ${MAX_DEPTH} deep, and no deeper, without running out of stack`, () => {
    const nested = (depth: number) => `---\ntitle: A\nx: ${'['.repeat(depth)}${']'.repeat(depth)}\n---\n`;
    expect(read(nested(MAX_DEPTH)).ok).toBe(true);
    expect(problem(nested(MAX_DEPTH + 1))?.[0]).toMatch(/^3:\d+ front-matter\/too-deep/);
    expect(problem(nested(100_000))?.[0]).toMatch(/^3:\d+ front-matter\/too-deep/);
  });

  it('places a control character and an odd space at their line and column', () => {
    expect(problem('---\ntitle: A\nms.topic: a\u0000b\n---\n')).toEqual([`3:12 front-matter/control-character ${messages.controlCharacter({ file: '' }, 0).message}`]);
    expect(problem('---\r\ntitle: A\r\nms.date:\u00a04/21/2020\r\n---\r\n')?.[0]).toMatch(/^3:9 front-matter\/odd-space "ms.date:" is followed by a no-break space \(U\+00A0\)/);
    // An unknown key with an odd space is a typo key like any other, kept as written.
    expect(read('---\ntitle: A\nmy\u00a0key: x\n---\n').ok).toBe(true);
  });
});

describe('values quoted in messages', () => {
  it(`are cut at ${80} characters with an ellipsis`, () => {
    const long = quote('x'.repeat(1_000_000));
    expect(long).toBe(`"${'x'.repeat(80)}…"`);
    expect(quote(`${'x'.repeat(79)}😀😀`)).toBe(`"${'x'.repeat(79)}…"`);
    expect(quote('Declined credit card')).toBe('"Declined credit card"');
  });

  it('never serialize more of a value than they show, however large or deep', () => {
    const row = Array.from({ length: 1000 }, () => 'lol'.repeat(1000));
    const bomb = Array.from({ length: 1000 }, () => row);
    const deep = JSON.parse(`${'['.repeat(5000)}${']'.repeat(5000)}`) as unknown;
    expect(quote(bomb)).toHaveLength(80);
    expect(quote(deep)).toHaveLength(80);
  });

  it('show invisible characters and odd spaces as escapes, not as a value that looks right', () => {
    expect(quote('nl-NL\u200b')).toBe('"nl-NL\\u200b"');
    expect(quote('a\u00a0b\u2028')).toBe('"a\\u00a0b\\u2028"');
    expect(quote(['x', { a: 1 }])).toBe('["x",{"a":1}]');
  });
});
