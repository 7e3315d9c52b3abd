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

/** Marks a commit's line in the log; a path cannot start with it (it comes right after a raw line). */
const COMMIT = 'commit ';

/** `sourceDir` is the source locale's folder; paths given later are relative to `contentDir`. */
export function readSourceHistory(contentDir: string, sourceDir: string): SourceHistory {
  let root: string;
  let log: string;
  try {
    root = git(contentDir, ['rev-parse', '--show-toplevel']).trim();
    // -z: paths exactly as they are, NUL-terminated. Without it git quotes every path that is not plain
    // ASCII ("caf\303\251.md", "it\"s.md"), and those files would never be found.
    log = git(contentDir, ['log', '-z', `--format=${COMMIT}%H %cI`, '--raw', '--no-abbrev', '--no-renames', '--', join(contentDir, sourceDir)]);
  } catch {
    return NONE;
  }
  // Newest first, NUL-separated: "<COMMIT><commit> <date>", then per file "\n:100644 100644 <old> <new> M"
  // and "<path>" (the first raw line of a commit starts with a line break, the others do not).
  const versions = new Map<string, Version[]>();
  const fields = log.split('\0');
  let date = '';
  for (let i = 0; i < fields.length; i++) {
    const field = fields[i]!;
    if (field.startsWith(COMMIT)) {
      date = field.split(' ')[2]?.slice(0, 10) ?? '';
      continue;
    }
    const raw = /^\n?:\d+ \d+ [0-9a-f]+ ([0-9a-f]+) \w+$/.exec(field);
    if (!raw) continue;
    const path = fields[++i] ?? '';
    versions.set(path, [...(versions.get(path) ?? []), { date, blob: raw[1]! }]);
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
