/**
 * The git blob hash of a file's bytes, as `git hash-object` prints it. Translations record the source's
 * blob hash in `ms.openlocfilehash`, so comparing it with this tells whether the source changed since.
 */
import { createHash } from 'node:crypto';

export function gitBlobHash(bytes: Uint8Array): string {
  return createHash('sha1').update(`blob ${bytes.byteLength}\0`).update(bytes).digest('hex');
}
