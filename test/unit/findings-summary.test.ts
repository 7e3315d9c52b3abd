import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/pipeline/diagnostics.ts';
import { summarizeFindings } from '../../src/pipeline/findings-summary.ts';

const warning = (rule: string, file: string, line: number): Diagnostic => ({ rule, severity: 'warning', file, line, column: 1, message: 'm', fix: 'f' });
const error = (file: string): Diagnostic => ({ rule: 'front-matter/yaml', severity: 'error', file, line: 3, message: 'the front matter is not valid YAML', fix: 'fix it' });

describe('the summary of findings in the build log', () => {
  it('lists every error in full, and the warnings by rule, most frequent first, with a few examples', () => {
    const found = [
      error('content/nl-nl/a.md'),
      ...Array.from({ length: 5 }, (_, i) => warning('link/empty-text', `content/nl-nl/b${i}.md`, i + 1)),
      warning('image/missing', 'content/de-de/c.md', 9),
    ];
    expect(summarizeFindings(found, { reportPath: 'report.json', examples: 2 })).toEqual([
      'content/nl-nl/a.md:3 error [front-matter/yaml] the front matter is not valid YAML\n    fix: fix it',
      '6 warnings in 2 rules (full list: report.json, or HELP_VERBOSE=1 in the log)',
      '       5 link/empty-text  content/nl-nl/b0.md:1:1, content/nl-nl/b1.md:2:1, … and 3 more',
      '       1 image/missing    content/de-de/c.md:9:1',
    ]);
  });

  it('counts the errors beyond a limit instead of flooding the log', () => {
    const lines = summarizeFindings(Array.from({ length: 60 }, (_, i) => error(`content/en-us/${i}.md`)), { reportPath: 'report.json' });
    expect(lines).toHaveLength(51);
    expect(lines.at(-1)).toBe('… and 10 more errors (full list: report.json)');
  });

  it('says nothing when there is nothing to say', () => {
    expect(summarizeFindings([], { reportPath: 'report.json' })).toEqual([]);
  });
});
