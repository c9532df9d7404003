import type { JunitCase } from '../report/junit-xml.js';
import type { VerifyReport } from './verify-pacts.js';

/** Summary lines after the verifier's own output: one per interaction, reasons under each failure. */
export function formatVerifyReport(report: VerifyReport): string[] {
  const lines = ['', 'clientela verify summary:'];
  for (const outcome of report.interactions) {
    const given = outcome.states.length > 0 ? ` [given ${outcome.states.map((s) => `"${s}"`).join(', ')}]` : '';
    lines.push(`${outcome.ok ? '✓' : '✗'} ${outcome.consumer} → ${outcome.provider}: ${outcome.description}${given}`);
    for (const reason of outcome.reasons) lines.push(`    ${reason}`);
  }
  const failed = report.interactions.filter((o) => !o.ok).length;
  lines.push(`${report.interactions.length} interactions, ${report.interactions.length - failed} passed, ${failed} failed (${report.durationMs} ms)`);
  return lines;
}

/** The same outcome as JUnit cases, one suite per pact (consumer → provider). */
export function verifyJunitCases(report: VerifyReport): JunitCase[] {
  return report.interactions.map((o) => ({
    suite: `${o.consumer} → ${o.provider}`,
    name: o.description,
    ...(o.ok ? {} : { failure: o.reasons.join('\n') }),
  }));
}
