import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

describe('npm run fuzz (smoke)', () => {
  it('sends generated bad requests to every operation: no 5xx, every refusal in its envelope, no state change', async () => {
    const { stdout } = await promisify(execFile)('npx', ['tsx', 'fuzz/run-fuzz.ts'], { env: { ...process.env, FUZZ_RUNS: '480', FUZZ_SECONDS: '60' } });
    const figures = JSON.parse(stdout.slice(0, stdout.indexOf('\n}') + 2)) as Record<string, number>;
    expect(figures).toMatchObject({ operations: 32, requests: 480, fiveXX: 0, badEnvelope: 0, stateChanged: 0 });
    expect(figures.rejected).toBeGreaterThan(300);
  }, 90_000);
});
