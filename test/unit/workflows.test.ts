/** The GitHub workflows run what .ci/run runs, with every action pinned to a commit (a tag can be moved). */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/build-site.ts';

const folder = join(projectRoot, '.github/workflows');
const workflows = readdirSync(folder).filter((f) => f.endsWith('.yml')).map((f) => ({ name: f, text: readFileSync(join(folder, f), 'utf8') }));

describe('the GitHub workflows', () => {
  it('pin every action to a full commit hash', () => {
    const uses = workflows.flatMap(({ name, text }) => [...text.matchAll(/uses:\s*(\S+)/g)].map((m) => `${name}: ${m[1]}`));
    expect(uses.length).toBeGreaterThan(0);
    expect(uses.filter((u) => !/@[0-9a-f]{40}$/.test(u))).toEqual([]);
  });

  it('run .ci/run on pull requests', () => {
    const ci = workflows.find((w) => w.name === 'ci.yml')?.text ?? '';
    expect(ci).toMatch(/on:\s*\n\s+pull_request:/);
    expect(ci).toContain('run: bash .ci/run');
  });
});
