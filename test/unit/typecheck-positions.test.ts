import { describe, expect, it } from 'vitest';
import { spanMap, templateToTsx } from '../../scripts/lib/typecheck/template-tsx.ts';
import { TextPositions } from '../../scripts/lib/typecheck/text-position.ts';
import { readTscOutput } from '../../scripts/lib/typecheck/tsc-output.ts';

describe('positions are counted as tsc counts them', () => {
  it('counts columns in UTF-16 code units, so an emoji before an error takes two', () => {
    const text = "const s = 'é😀'; s.foo;";
    const positions = new TextPositions(text);
    // tsc 7 prints (1,20) for `foo` here.
    expect(positions.offsetOf(1, 20)).toBe(text.indexOf('foo'));
    expect(positions.positionOf(text.indexOf('foo'))).toEqual({ line: 1, column: 20 });
  });

  it('breaks lines at \\n, \\r\\n, \\r, U+2028 and U+2029', () => {
    const text = 'a\r\nb\rc\u2028d\u2029e\nf';
    const positions = new TextPositions(text);
    for (const [letter, line] of [['a', 1], ['b', 2], ['c', 3], ['d', 4], ['e', 5], ['f', 6]] as const) {
      expect(positions.positionOf(text.indexOf(letter))).toEqual({ line, column: 1 });
      expect(positions.offsetOf(line, 1)).toBe(text.indexOf(letter));
    }
  });
});

describe('generated code maps back to the template', () => {
  // generated "xx" + "abc" (copied from template offset 10) + "yy"; then made-up code with no source.
  const map = spanMap([[2, 3, 10, 3, 0], [5, 2, 0, 0, 1]]);

  it('maps an offset inside a copied span, or at its end, one to one', () => {
    expect([map(2), map(4), map(5)]).toEqual([10, 12, 13]);
  });

  it('maps nothing the converter made up', () => {
    expect([map(0), map(6)]).toEqual([undefined, undefined]);
  });

  it('keeps a template expression at its line and column', () => {
    const source = '---\nconst list = [1];\n---\n<ul>{list.lenght}</ul>\n';
    const [tsx] = templateToTsx(source, 'src/pages/x.astro').pieces;
    const generated = tsx!.code.indexOf('lenght');
    expect(tsx!.toTemplate(generated)).toEqual({ offset: source.indexOf('lenght') });
  });

  it('maps a bundled script one to one, and an inline script not at all', () => {
    const source = '<script>\nconst a: number = "x";\n</script>\n<script is:inline>var b = 1;</script>\n';
    const { pieces } = templateToTsx(source, 'src/components/X.astro');
    expect(pieces.map((p) => p.suffix)).toEqual(['.tsx', '.script-0.ts']);
    const script = pieces[1]!;
    expect(script.code.endsWith('export {};\n')).toBe(true);
    expect(script.toTemplate(script.code.indexOf('a:'))).toEqual({ offset: source.indexOf('a:') });
  });
});

describe('tsc output is read whole', () => {
  it('keeps a message with its indented lines, and lines that are no diagnostic', () => {
    const lines = readTscOutput(
      "src/a.ts(3,7): error TS2322: Type 'string' is not assignable to type 'number'.\n  Details on the next line.\nerror TS5083: Cannot read file 'x'.\n",
    );
    expect(lines).toEqual([
      { diagnostic: { file: 'src/a.ts', line: 3, column: 7, category: 'error', code: 'TS2322', message: "Type 'string' is not assignable to type 'number'.\n  Details on the next line." } },
      { text: "error TS5083: Cannot read file 'x'." },
    ]);
  });
});
