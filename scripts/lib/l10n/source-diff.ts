/**
 * How the source changed since a translation was made: the version the translation records
 * (`ms.openlocfilehash`, a git blob) against the source as it is now, as a unified diff from git.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import matter from 'gray-matter';
import { gitBlobHash } from '../../../src/pipeline/git-blob-hash.ts';
import { L10nError } from './new-translation.ts';

export function sourceDiff(contentDir: string, sourceLocale: string, locale: string, articlePath: string): string {
  const relative = articlePath.replace(/^\/+/, '').replace(new RegExp(`^(?:${sourceLocale}|${locale})/`), '');
  const translationFile = join(contentDir, locale, relative);
  const sourceFile = join(contentDir, sourceLocale, relative);
  let recorded: unknown;
  try {
    recorded = matter(readFileSync(translationFile, 'utf8'), {}).data['ms.openlocfilehash'];
  } catch {
    throw new L10nError(`there is no translation ${join(locale, relative)}`);
  }
  if (typeof recorded !== 'string') throw new L10nError(`${join(locale, relative)} has no ms.openlocfilehash, so the version it was made from is unknown`);
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
    return result.stdout.replace(a, join(sourceLocale, relative)).replace(sourceFile, join(sourceLocale, relative));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
