/**
 * When did a source article change after a translation was made? Translations record the source's git blob
 * hash (`ms.openlocfilehash`); git history tells which commit had that blob and when the next change came.
 * One `git log` for the whole source folder, not one per article. No git, no history, or a hash git never
 * saw: we answer "unknown", and the site shows nothing rather than guess.
 */
import { execFileSync } from 'node:child_process';
import { join, relative } from 'node:path';

interface Version {
  date: string;
  blob: string;
}

export interface SourceHistory {
  /** ISO date of the first change after the version with `blob`, or undefined when that is not known. */
  changedSince(sourcePath: string, blob: string): string | undefined;
}

const NONE: SourceHistory = { changedSince: () => undefined };

/** `sourceDir` is the source locale's folder; paths given later are relative to `contentDir`. */
export function readSourceHistory(contentDir: string, sourceDir: string): SourceHistory {
  let root: string;
  let log: string;
  try {
    root = git(contentDir, ['rev-parse', '--show-toplevel']).trim();
    log = git(contentDir, ['log', '--format=%x00%H%x09%cI', '--raw', '--no-abbrev', '--no-renames', '--', join(contentDir, sourceDir)]);
  } catch {
    return NONE;
  }
  // Newest first: "\0<commit>\t<date>\n\n:100644 100644 <old> <new> M\t<path>\n…"
  const versions = new Map<string, Version[]>();
  for (const chunk of log.split('\0').slice(1)) {
    const [head = '', ...lines] = chunk.split('\n');
    const date = head.split('\t')[1]?.slice(0, 10) ?? '';
    for (const line of lines) {
      const match = /^:\d+ \d+ [0-9a-f]+ ([0-9a-f]+) \w+\t(.+)$/.exec(line);
      if (!match) continue;
      const [, blob = '', path = ''] = match;
      versions.set(path, [...(versions.get(path) ?? []), { date, blob }]);
    }
  }
  const prefix = relative(root, contentDir);
  return {
    changedSince(sourcePath, blob) {
      const history = versions.get(prefix ? `${prefix}/${sourcePath}` : sourcePath) ?? [];
      const translated = history.findIndex((v) => v.blob === blob);
      // Not in history (unknown), or the newest commit is that version (changed only in the work tree).
      if (translated <= 0) return undefined;
      return history[translated - 1]!.date;
    },
  };
}

function git(cwd: string, args: string[]): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 256 * 1024 * 1024 });
}
