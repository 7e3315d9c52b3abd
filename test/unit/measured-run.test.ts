/** The bench's measure of a run (scripts/lib/bench/measured-run.ts): wall time, CPU time and memory of a process tree. */
import { describe, expect, it } from 'vitest';
import { runMeasured } from '../../scripts/lib/bench/measured-run.ts';

describe('runMeasured', () => {
  it('counts the CPU time and memory of a child process the command starts, not only its own', async () => {
    // The parent only waits; its child spins for 1.5 s of CPU holding about 100 MB.
    const child = 'const a = Buffer.alloc(100 * 2 ** 20, 1); const end = Date.now() + 1500; while (Date.now() < end); console.log(a[0]);';
    const parent = `const r = require('node:child_process').spawnSync(process.execPath, ['-e', ${JSON.stringify(child)}], { stdio: 'inherit' }); process.exit(r.status);`;
    const run = await runMeasured(process.execPath, ['-e', parent], { cwd: process.cwd(), intervalMs: 50 });
    expect(run).toMatchObject({ ok: true, stdout: '1\n' });
    expect(run.cpuSeconds).toBeGreaterThan(1);
    expect(run.cpuSeconds).toBeLessThan(run.seconds + 1);
    expect(run.peakTreeMiB).toBeGreaterThan(100);
    // The parent process alone never held the child's buffer.
    expect(run.peakMiB).toBeLessThan(100);
  });
});
