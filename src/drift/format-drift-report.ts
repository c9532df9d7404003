import type { JunitCase } from '../report/junit-xml.js';
import type { DriftReport } from './check-drift.js';

/**
 * The drift table: one row per operation (requests, passed, drifted, first diagnostic), then a verdict line.
 * @example formatDriftTable(report).forEach((line) => console.log(line))
 */
export function formatDriftTable(report: DriftReport): string[] {
  const width = Math.max(9, ...report.operations.map((o) => o.operationId.length));
  const lines = [`${'operation'.padEnd(width)}  requests  passed  drifted  first diagnostic`];
  for (const op of report.operations) {
    const detail = op.skipped ? `skipped: ${op.skipped}` : (op.firstDiagnostic ?? '');
    lines.push(
      `${op.operationId.padEnd(width)}  ${String(op.requests).padStart(8)}  ${String(op.passed).padStart(6)}  ${String(op.drifted).padStart(7)}  ${detail}`,
    );
  }
  const sent = report.results.length;
  lines.push(
    report.drifted === 0
      ? `no drift: ${sent} answers from ${report.baseUrl} match the ${report.api} contracts (${report.durationMs} ms)`
      : `DRIFT: ${report.drifted} of ${sent} answers from ${report.baseUrl} depart from the ${report.api} contracts (${report.durationMs} ms)`,
  );
  return lines;
}

/** One JUnit case per request sent, grouped by operation. */
export function driftJunitCases(report: DriftReport): JunitCase[] {
  return report.results.map((r) => ({
    suite: `${report.api} ${r.operationId}`,
    name: `${r.method} ${r.path} (${r.source}) → ${r.status ?? 'no answer'}`,
    ...(r.diagnostics.length === 0 ? {} : { failure: r.diagnostics.map((d) => `${d.path || '/'}: ${d.message} [${d.code}]`).join('\n') }),
  }));
}

/** Every finding on its own line: operation, probe, status, JSON pointer, what the contract says and what came back. */
export function formatDriftFindings(report: DriftReport): string[] {
  return report.results.flatMap((r) =>
    r.diagnostics.map(
      (d) => `drift ${r.operationId} ${r.method} ${r.path} (${r.source}) → ${r.status ?? 'no answer'}: ${d.path || '/'} ${d.message} [${d.code}]`,
    ),
  );
}
