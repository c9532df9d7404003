import { describe, expect, it } from 'vitest';
import { gcSummary } from '../bench/gc-summary.js';

const lines = [
  '[1:0x1]       21 ms: Scavenge 3.8 (4.0) -> 3.4 (5.0) MB, 1.12 / 0.00 ms  (average mu = 1.000, current mu = 1.000) allocation failure; ',
  '[1:0x1]      241 ms: Mark-Compact 59.6 (78.3) -> 50.0 (84.6) MB, 28.51 / 0.00 ms  (+ 14.1 ms in 19 steps since start of marking, biggest step 11.4 ms) finalize incremental marking via stack guard',
  'clientela listening on http://127.0.0.1:4010',
];

describe('gcSummary (the bench reads node --trace-gc output)', () => {
  it('counts scavenges and mark-compacts and sums their pauses, incremental marking steps included', () => {
    const summary = gcSummary(lines);
    expect(summary).toMatchObject({ scavenges: 1, majors: 1 });
    expect(summary.majorPauseMs).toBeCloseTo(42.61, 2);
    expect(summary.pauseMs).toBeCloseTo(43.73, 2);
  });

  it('ignores lines that are not collections', () => {
    expect(gcSummary(['loaded load-100k in 9830 ms (rss 293 MB, heap 194 MB)'])).toEqual({ scavenges: 0, majors: 0, pauseMs: 0, majorPauseMs: 0 });
  });
});
