/**
 * `npm run typecheck` checks the .astro templates too (scripts/lib/typecheck/). Each folder under
 * fixtures/typecheck (type errors) and fixtures/typecheck-syntax (templates that cannot be read) says in
 * break.json how to break one real template (a text to find in it once, and what to put instead), and in
 * expected.txt what the check prints for the broken copy, at the template's line and column. The copy is
 * made from the template as it is now, so the fixture never goes stale when the template changes.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkProject, type CheckResult } from '../scripts/lib/typecheck/check-project.ts';
import { caseFolders, expected, fixturesDir } from './helpers/fixtures.ts';
import { projectRoot } from './helpers/build-site.ts';

const cases = caseFolders('typecheck').map((name) => ({ name, folder: join(fixturesDir, 'typecheck', name), files: overlay(join(fixturesDir, 'typecheck', name)) }));

/** The fixture's broken template by its path in the project (`src/pages/l10n/index.astro`). */
function overlay(folder: string): Record<string, string> {
  const { file, find, replace } = JSON.parse(readFileSync(join(folder, 'break.json'), 'utf8')) as { file: string; find: string; replace: string };
  const template = readFileSync(join(projectRoot, file), 'utf8');
  const at = template.indexOf(find);
  if (at === -1 || template.indexOf(find, at + 1) !== -1) throw new Error(`${folder}/break.json: the text to find is not in ${file} exactly once; write it again from the template as it is now`);
  return { [file]: template.slice(0, at) + replace + template.slice(at + find.length) };
}

const byFile = (lines: string[], files: string[]) => lines.filter((line) => files.some((file) => line.startsWith(`${file}(`)));

let all: CheckResult;

beforeAll(() => {
  // `astro:content`'s types: a full test run has them from the builds of global-setup.ts, a clean clone not yet.
  if (!existsSync(join(projectRoot, '.astro', 'types.d.ts'))) {
    const sync = spawnSync(process.execPath, [join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'sync'], { cwd: projectRoot, encoding: 'utf8' });
    if (sync.status !== 0) throw new Error(`astro sync failed:\n${sync.stdout}${sync.stderr}`);
  }
  // One tsc run for every case (a few seconds each): they break different templates, and errors are told apart by file.
  const files = cases.flatMap((c) => Object.keys(c.files));
  expect(new Set(files).size, 'two cases break the same template').toBe(files.length);
  all = checkProject({ root: projectRoot, overlay: Object.assign({}, ...cases.map((c) => c.files)), templatesOnly: true });
}, 180_000);

describe('the typecheck reads every template', () => {
  it('passes on the real templates, all of them', () => {
    const result = checkProject({ root: projectRoot, templatesOnly: true });
    expect(result.lines).toEqual([]);
    expect(result.ok).toBe(true);
    const templates = readdirSync(join(projectRoot, 'src'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.astro'));
    expect(result.templates).toBe(templates.length);
  });

  for (const { name, folder, files } of cases) {
    it(`fails on ${name}, at the template's line`, () => {
      const text = `${byFile(all.lines, Object.keys(files)).join('\n')}\n`;
      expect(text).toBe(expected(join(folder, 'expected.txt'), text));
      expect(text.trim()).not.toBe('');
    });
  }

  it('counts the broken copies as errors, and reports nothing else', () => {
    expect(all.ok).toBe(false);
    expect(all.lines).toEqual(byFile(all.lines, cases.flatMap((c) => Object.keys(c.files))));
    // tsc reports no type errors at all in a program with a syntax error: such cases go in fixtures/typecheck-syntax.
    expect(all.lines.filter((line) => / TS1\d{3,4}: | astro: /.test(line))).toEqual([]);
  });

  // Each alone: tsc reports no type errors at all in a program with a syntax error.
  for (const name of caseFolders('typecheck-syntax')) {
    it(`fails on ${name}, a template Astro or tsc cannot read, at its line`, () => {
      const folder = join(fixturesDir, 'typecheck-syntax', name);
      const result = checkProject({ root: projectRoot, overlay: overlay(folder), templatesOnly: true });
      const text = `${result.lines.join('\n')}\n`;
      expect(result.ok).toBe(false);
      expect(text).toBe(expected(join(folder, 'expected.txt'), text));
    });
  }
});
