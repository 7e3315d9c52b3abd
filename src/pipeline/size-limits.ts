/**
 * How big an article may be, judged on its bytes before anything is parsed: rendering costs about 3 s and
 * 200–300 MB of memory per MB of Markdown on a build machine (a 20 MB article once took two minutes and
 * 4.7 GB), while the largest of 18,000 real help articles is 19 KB and the largest real partial 144 KB.
 *
 * - above WARN_BYTES (1 MB, 50 times the largest real article): rendered, with a warning;
 * - above ERROR_BYTES (5 MB): not rendered at all, an error naming the file.
 *
 * The same error limit caps an article with its includes expanded (render/remark-includes.ts), so a partial
 * included many times over cannot grow one page past it either.
 */
import type { Diagnostic } from './diagnostics.ts';
import { messages } from './messages.ts';

export const WARN_BYTES = 1024 * 1024;
export const ERROR_BYTES = 5 * 1024 * 1024;

/** A warning, an error (do not render), or nothing. */
export function checkSize(bytes: number, file: string): Diagnostic | undefined {
  if (bytes > ERROR_BYTES) return messages.fileTooLarge({ file }, bytes, ERROR_BYTES);
  if (bytes > WARN_BYTES) return messages.largeFile({ file }, bytes, WARN_BYTES);
  return undefined;
}
