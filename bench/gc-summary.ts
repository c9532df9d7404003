/** What `node --trace-gc` printed over a stretch of a target's output: collections and their pauses. */
export type GcSummary = { scavenges: number; majors: number; pauseMs: number; majorPauseMs: number };

/**
 * Sums the `--trace-gc` lines among `lines` (a target's output): scavenges, mark-compacts and their pause times.
 * @example gcSummary(['[1:0x1]  10 ms: Scavenge 9.1 (10.0) -> 8.2 (11.0) MB, 1.25 / 0.00 ms  allocation failure;'])
 */
export function gcSummary(lines: readonly string[]): GcSummary {
  const summary: GcSummary = { scavenges: 0, majors: 0, pauseMs: 0, majorPauseMs: 0 };
  for (const line of lines) {
    const pause = /MB, ([\d.]+) \/ [\d.]+ ms/.exec(line);
    if (!pause) continue;
    // A mark-compact's incremental steps ("+ 14.1 ms in 19 steps") ran on the main thread too.
    const ms = Number(pause[1]) + Number(/\(\+ ([\d.]+) ms in/.exec(line)?.[1] ?? 0);
    summary.pauseMs += ms;
    if (/Mark-Compact|Mark-sweep/.test(line)) {
      summary.majors++;
      summary.majorPauseMs += ms;
    } else if (/Scavenge|Minor/.test(line)) summary.scavenges++;
  }
  return summary;
}
