/**
 * Clears a folder for a cold build by moving it into the bench's trash, which is deleted when the bench is
 * done, not right before the next build.
 *
 * Why: on ext4 without a journal (the file system of the machines this project is measured on), creating
 * a file or folder skips inodes freed in the last minutes (the kernel's `recently_deleted`, seen with
 * `perf`: most of a cold build's article-page phase in `find_inode_bit`). A build that starts right
 * after 25,000 files were deleted then takes up to twice as long to write its pages: the bench's second
 * and third cold builds paid for deleting the first one's output, which no user's cold build does.
 */
import { existsSync, mkdirSync, renameSync } from 'node:fs';
import { join } from 'node:path';

let moved = 0;

export function outOfTheWay(folder: string, trash: string) {
  if (!existsSync(folder)) return;
  mkdirSync(trash, { recursive: true });
  renameSync(folder, join(trash, `${moved++}`));
}
