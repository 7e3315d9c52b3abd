/**
 * How the source changed since a translation was made: the version the translation records
 * (`ms.openlocfilehash`, a git blob) against the source as it is now, as a unified diff from git.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gitBlobHash } from '../../../src/pipeline/git-blob-hash.ts';
import { describeLocale } from '../../../src/pipeline/locales.ts';
import { L10nError, readArticleFrontMatter, withoutLocale } from './new-translation.ts';

const GIT_HASH = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/i;

export function sourceDiff(contentDir: string, sourceLocale: string, locale: string, articlePath: string): string {
  const info = describeLocale(locale);
  if (!info.ok) throw new L10nError(`${info.reason}; ${info.fix}`);
  const relative = withoutLocale(articlePath, [sourceLocale, locale]);
  const translationFile = join(contentDir, locale, relative);
  const sourceFile = join(contentDir, sourceLocale, relative);
  if (!existsSync(translationFile)) throw new L10nError(`there is no translation ${join(locale, relative)}`);
  if (!existsSync(sourceFile)) throw new L10nError(`there is no source article ${join(sourceLocale, relative)}, so there is nothing to compare ${join(locale, relative)} with`);
  const { data, keyLines } = readArticleFrontMatter(readFileSync(translationFile, 'utf8'), join(locale, relative));
  const value = data['ms.openlocfilehash'];
  const recorded = typeof value === 'string' ? value.trim().toLowerCase() : undefined;
  if (recorded === undefined) throw new L10nError(`${join(locale, relative)} has no ms.openlocfilehash, so the version it was made from is unknown`);
  // The value goes to git as an object name: only a hash, never a revision expression or an option.
  if (!GIT_HASH.test(recorded)) throw new L10nError(`${join(locale, relative)}:${keyLines.get('ms.openlocfilehash')} ms.openlocfilehash is not a git hash; use what git hash-object prints for the source file`);
  const current = readFileSync(sourceFile);
  if (gitBlobHash(current) === recorded) return '';
  let old: string;
  try {
    old = execFileSync('git', ['cat-file', 'blob', recorded], { cwd: contentDir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    throw new L10nError(`the source version ${recorded} that ${join(locale, relative)} was made from is not in this repository's history, so the change cannot be shown`);
  }
  const dir = mkdtempSync(join(tmpdir(), 'l10n-diff-'));
  try {
    const a = join(dir, 'translated-from');
    writeFileSync(a, old);
    const result = spawnSync('git', ['diff', '--no-index', '--no-color', `--src-prefix=${recorded.slice(0, 7)}/`, '--dst-prefix=now/', a, sourceFile], { encoding: 'utf8' });
    // A function, so that `$&` or `$'` in a file name is not read as a replacement pattern.
    const name = () => join(sourceLocale, relative);
    return result.stdout.replace(a, name).replace(sourceFile, name);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
