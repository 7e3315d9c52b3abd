/**
 * What the last build learned of each article file (its hash, size, whether it may include a partial),
 * under the file's stat: a rebuild reads and hashes only the files whose stat changed. Reading and hashing
 * 110,000 unchanged files was a sixth of a rebuild after one article changed. Git's index trusts a file's
 * stat the same way.
 *
 * The stat is its size, inode, and modification and change times. Any write to a file changes its change
 * time (no tool can set it back), and a file put in place by a rename is a new inode. A file changed within
 * `RACY_MS` before the stat was taken is not trusted next time: file times have a coarse clock, and a
 * write in the same tick as an earlier one could leave both times as they were (git calls this "racily
 * clean"). A file reached through a symbolic link is always read (read-content.ts).
 *
 * The record is kept in Astro's cache folder with the content folder it is for, written aside and renamed.
 */
import { mkdirSync, readFileSync, renameSync, stat, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { KnownFile } from './loaded-content.ts';

/** A change this close before the stat is not trusted on the next build. */
const RACY_MS = 2000;

/** Bump when the record's layout changes. */
const LAYOUT = 1;

/** [size, inode, modified, changed, hash, may include]. */
type Stamp = [size: number, ino: number, mtimeMs: number, ctimeMs: number, hash: string, mayInclude: boolean];

interface Record_ {
  layout: typeof LAYOUT;
  contentDir: string;
  files: Map<string, Stamp>;
}

export interface FileStamps {
  /**
   * Settles once the files the last build recorded are stat'ed, on libuv's threads: started when the
   * stamps are opened, this goes on while the build reads its cache (110,000 stats were 1.2 s of a rebuild's
   * main thread). Await it before loading; `known` stats what it finds no early stat for.
   */
  prefetched: Promise<void>;
  /** `LoadOptions.known`: what the last build learned of a file whose stat is the same now. */
  known(path: string): KnownFile | undefined;
  /** After the load: what it learned of each article file (`LoadedContent.known`), under the stat taken before. */
  save(learned: ReadonlyMap<string, KnownFile>): void;
  /** How many files `known` vouched for. */
  hits: number;
}

export function openFileStamps(contentDir: string, recordFile: string, racyMs = RACY_MS): FileStamps {
  let last = readRecord(recordFile, contentDir);
  // This build's stat of each file it was asked about, and when it was taken: five numbers per file in one
  // array (at 110,000 files, an object each was 15 MB more at the build's peak).
  let seen = new Map<string, number>();
  let taken: number[] = [];
  /** Stats taken ahead (`prefetched`): [size, ino, mtimeMs, ctimeMs, when asked]. */
  const early = new Map<string, [number, number, number, number, number]>();
  const stamps: FileStamps = {
    hits: 0,
    prefetched: last ? statAhead(contentDir, [...last.keys()], early) : Promise.resolve(),
    known(path) {
      let stat = early.get(path);
      early.delete(path);
      if (!stat) {
        try {
          const now = statSync(join(contentDir, path));
          stat = [now.size, now.ino, now.mtimeMs, now.ctimeMs, Date.now()];
        } catch {
          return undefined; // gone or unreadable: reading it says what is wrong
        }
      }
      seen.set(path, taken.length);
      taken.push(...stat);
      const stamp = last?.get(path);
      if (!stamp || stamp[0] !== stat[0] || stamp[1] !== stat[1] || stamp[2] !== stat[2] || stamp[3] !== stat[3]) return undefined;
      stamps.hits++;
      return { hash: stamp[4], size: stamp[0], mayInclude: stamp[5] };
    },
    save(learned) {
      const files = new Map<string, Stamp>();
      for (const [path, file] of learned) {
        const at = seen.get(path);
        if (at === undefined) continue; // not stat'ed before it was read
        const [size, ino, mtimeMs, ctimeMs, statAt] = taken.slice(at, at + 5) as [number, number, number, number, number];
        // Changed since the stat, or just before it: read again next time.
        if (size !== file.size || ctimeMs > statAt - racyMs) continue;
        files.set(path, [size, ino, mtimeMs, ctimeMs, file.hash, file.mayInclude]);
      }
      mkdirSync(dirname(recordFile), { recursive: true });
      writeFileSync(`${recordFile}.tmp`, serialize({ layout: LAYOUT, contentDir, files } satisfies Record_));
      renameSync(`${recordFile}.tmp`, recordFile);
      last = undefined;
      seen = new Map();
      taken = [];
    },
  };
  return stamps;
}

/**
 * Stats files a few dozen at a time on libuv's threads. The time kept with each is when it was asked for:
 * no later than the stat, so a file changed just before it is never taken for settled (see RACY_MS).
 */
function statAhead(contentDir: string, paths: readonly string[], into: Map<string, [number, number, number, number, number]>): Promise<void> {
  let next = 0;
  const lane = (done: () => void) => {
    if (next >= paths.length) return done();
    const path = paths[next++]!;
    const asked = Date.now();
    stat(join(contentDir, path), (error, s) => {
      if (!error) into.set(path, [s.size, s.ino, s.mtimeMs, s.ctimeMs, asked]);
      lane(done);
    });
  };
  return Promise.all(Array.from({ length: 32 }, () => new Promise<void>((resolve) => lane(resolve)))).then(() => undefined);
}

function readRecord(file: string, contentDir: string): Map<string, Stamp> | undefined {
  try {
    const record = deserialize(readFileSync(file)) as Partial<Record_>;
    if (record.layout === LAYOUT && record.contentDir === contentDir && record.files instanceof Map) return record.files;
  } catch {
    // No record, or a damaged one: every file is read.
  }
  return undefined;
}
