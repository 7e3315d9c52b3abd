/**
 * `npm run typecheck` (after `astro sync`): the project's TypeScript and its `.astro` templates in one `tsc`
 * run, under tsconfig.json's settings. How templates are checked: scripts/lib/typecheck/check-project.ts.
 */
import { checkProject } from './lib/typecheck/check-project.ts';

const started = performance.now();
const result = checkProject({ root: process.cwd() });
for (const line of result.lines) console.log(line);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
const summary = result.errors === 0 ? 'no errors' : `${result.errors} error${result.errors === 1 ? '' : 's'}`;
console.log(`typecheck: the project's TypeScript and ${result.templates} .astro templates, ${summary} (${seconds} s)`);
process.exitCode = result.ok ? 0 : 1;
