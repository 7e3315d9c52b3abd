/**
 * The folders a link check reads must exist before it starts: a typo in --content or --built is a one-line
 * error naming the folder (exit code 2), not a stack trace from deep inside the walk.
 */
import { existsSync, statSync } from 'node:fs';
import { relative } from 'node:path';

/** What is wrong with the folders given, one sentence each; empty when both are there. */
export function missingFolders(folders: { content: string; built?: string | undefined }): string[] {
  const problems: string[] = [];
  const check = (path: string, what: string, fix: string) => {
    const shown = relative(process.cwd(), path) || '.';
    if (!existsSync(path)) problems.push(`the ${what} "${shown}" does not exist (${path}); ${fix}`);
    else if (!statSync(path).isDirectory()) problems.push(`the ${what} "${shown}" is not a folder (${path}); ${fix}`);
  };
  check(folders.content, 'content folder', 'give --content <folder> or set CONTENT_DIR');
  if (folders.built !== undefined) check(folders.built, 'built site', 'build it first (npm run build), or give --built the output folder of a build');
  return problems;
}
