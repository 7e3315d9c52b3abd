/** scripts/heap-summary.ts: a V8 heap snapshot read as a stream, memory credited to what holds it. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeHeapSnapshot } from 'node:v8';
import { afterAll, describe, expect, it } from 'vitest';
import { readSnapshot } from '../../scripts/lib/heap/read-snapshot.ts';
import { summarize, summaryMarkdown } from '../../scripts/lib/heap/summarize.ts';

const dir = mkdtempSync(join(tmpdir(), 'heap-summary-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

class ScaleBenchHolder {
  /**
   * 20,000 distinct flat strings of 100 characters: about 2.4 MB, held through an array. (A template
   * literal would make each a 32-byte pair of pointers to two shared halves.)
   */
  pages = Array.from({ length: 20_000 }, (_, i) => Buffer.from(`${String(i).padStart(6, '0')}${'x'.repeat(94)}`).toString('latin1'));
}

describe('heap summary', () => {
  it('credits strings in an array to the property that holds the array', async () => {
    const holder = new ScaleBenchHolder();
    const file = writeHeapSnapshot(join(dir, 'test.heapsnapshot'));
    const summary = summarize(await readSnapshot(file), 200);
    const row = summary.byHolder.find((r) => r.what === 'ScaleBenchHolder.pages[] (string)');
    expect(row?.count).toBeGreaterThanOrEqual(20_000);
    expect(row?.mib).toBeGreaterThan(2);
    expect(summary.byKind.find((r) => r.what === '(string)')?.mib).toBeGreaterThan(2);
    expect(summaryMarkdown(summary)).toContain('| ScaleBenchHolder.pages[] (string) |');
    expect(holder.pages).toHaveLength(20_000);
  });
});
