/**
 * The fast path for plain front matter must mean exactly what `yaml` means: on every input it reads, its
 * data and key lines equal those of the general reader. Inputs are every value below (the YAML corner
 * cases: numbers, booleans, nulls, dates, quotes, indicators, Unicode) in every line shape.
 */
import { describe, expect, it } from 'vitest';
import { readYamlDocument } from '../../src/pipeline/front-matter-yaml.ts';
import { readSimpleYaml } from '../../src/pipeline/front-matter-simple.ts';

const VALUES = [
  'Declined credit card', 'Geweigerde creditcard', 'ジョン', 'ערבית ومرحبا', 'ä ö ü', 'a  b', 'NOINDEX, NOFOLLOW', 'Adm_O365',
  '443', '0443', '00', '0', '-0', '+1', '-1', '1_000', '1:30', '12:30:00', '0o17', '0o19', '0x1F', '0x1g', '0b101',
  '1e3', '1E-3', '1e', 'e3', '1.50', '1.', '.5', '+.5', '0.0', '.inf', '-.inf', '.Inf', '.nan', '.NaN', 'NaN', 'Infinity',
  'true', 'True', 'TRUE', 'tRue', 'false', 'yes', 'no', 'on', 'off', 'y', 'n',
  '~', 'null', 'Null', 'NULL', 'nULL', 'null null',
  '2020-04-21', '2020-02-30', '04/21/2020', '2001-12-14t21:59:43.10-05:00',
  '47b5fb62d613dca665c0151baa31c2fea08db610', '4e6d34b3-e3e5-4fcd-a52e-34b54746feeb', '1234567890123456789012',
  '"quoted"', '"44062279"', "'single'", '"with \\"escape"', '"a\\nb"', "'it''s'", '"unclosed', "'unclosed", '""', "''",
  '"  spaced  "', "' x '", '"a # b"', "'a: b'", '"true"', "'~'",
  "it's", 'say "hi"', 'a: b', 'a:b', 'x:', 'x :', 'a #b', 'a#b', 'http://example.com/a?b=c#d', 'a,b', 'a]', 'a}', 'a[0]',
  '#a', '[a, b]', '{a: b}', '*alias', '&anchor a', '!tag a', '!!str 1', '|', '>', '%x', '@x', '`x`', '? x', '- x', '-x',
  ':x', ',x', '...', '---x', '= x', '<a>', '$x', '\\x', 'a\\b',
  'a\tb', 'a\u00a0b', 'a\u2028b', 'a\u0085b', 'a\ufeffb', '\u00a0a',
];
const KEYS = ['title', 'ms.date', 'localization_priority', 'ROBOTS', 'ms-custom', '_x', 'true', '123', 'a b', '"q"', '__proto__', 'x'.repeat(101)];

function* inputs(): Generator<string> {
  for (const value of VALUES) {
    for (const key of KEYS.slice(0, 3)) yield `${key}: ${value}\n`;
    yield `title:   ${value}\n`;
    yield `ms.custom:\n- ${value}\n- ${value}\n`;
    yield `ms.custom:\n  - ${value}\ntitle: x\n`;
    yield `a: 1\r\nb: ${value}\r\n`;
  }
  for (const key of KEYS) yield `${key}: x\n`;
  yield* [
    '', '\n', 'a:', 'a:\nb:', 'a:\n- x\nb: 2', 'a:\n- x\n  - y', 'a:\n  - x\n- y', 'a: 1\n- x', '- a\n- b', 'a: 1\na: 2',
    'a: 1\n\nb: 2', '# c\na: 1', 'a: 1 # c', 'a: \nb: 1', 'a:\n  b: 1', 'a: x\n  y', 'a:\n-\n- x', 'a:\n- \n', 'a:\n -  x',
    'a: [1, 2]', 'a: &x 1\nb: *x', 'a: |\n  x', 'a: >\n  x', '---\na: 1', 'a: 1\n...', '%YAML 1.2\n---', 'a:\tx',
  ];
}

describe('the fast path for plain front matter', () => {
  it('gives exactly what yaml gives, on every input it reads', () => {
    let read = 0;
    for (const yaml of inputs()) {
      const simple = readSimpleYaml(yaml, 2);
      if (simple === undefined) continue;
      read++;
      const general = readYamlDocument(yaml, 'a.md', 2);
      expect(general, yaml).not.toHaveProperty('rule');
      expect(simple, yaml).toEqual(general);
    }
    // Most shapes are read (else the test would prove little, and the build would be slow).
    expect(read).toBeGreaterThan(400);
  });

  it('reads the front matter real articles have', () => {
    const seed = `title: Geweigerde creditcard
ms.author: cmcatee
ms.date: 04/21/2020
ROBOTS: NOINDEX, NOFOLLOW
ms.custom:
- "443"
- "1500018"
ms.assetid: 4e6d34b3-e3e5-4fcd-a52e-34b54746feeb
ms.locfileid: "44062279"
`;
    const simple = readSimpleYaml(seed, 2);
    expect(simple?.data).toEqual({
      title: 'Geweigerde creditcard',
      'ms.author': 'cmcatee',
      'ms.date': '04/21/2020',
      ROBOTS: 'NOINDEX, NOFOLLOW',
      'ms.custom': ['443', '1500018'],
      'ms.assetid': '4e6d34b3-e3e5-4fcd-a52e-34b54746feeb',
      'ms.locfileid': '44062279',
    });
    expect(simple?.keyLines.get('ms.custom')).toBe(6);
  });

  it('leaves to yaml what it does not read itself', () => {
    for (const yaml of ['a: 1\na: 2', 'a: 1 # c', 'a: &x 1\nb: *x', 'a: [1, 2]', '- a', 'a: "x\\ny"', '__proto__: x', 'a:\n- x\n  - y']) {
      expect(readSimpleYaml(yaml, 2), yaml).toBeUndefined();
    }
  });
});
