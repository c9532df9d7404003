import type { JunitCase } from '../report/junit-xml.js';
import type { InteractionCheck } from './check-pact.js';

/**
 * Terminal lines for a pact check: one per interaction (✓ or ✗, pact, description, operation), then one per
 * finding with its side, JSON pointer and reason, then a summary.
 * @example formatPactCheck(results).forEach((line) => console.log(line))
 */
export function formatPactCheck(results: InteractionCheck[]): string[] {
  const lines: string[] = [];
  for (const result of results) {
    const mark = result.findings.length === 0 ? '✓' : '✗';
    lines.push(`${mark} ${result.consumer} → ${result.provider}: ${result.description}${result.operationId ? ` (${result.operationId})` : ''}`);
    for (const finding of result.findings) {
      lines.push(`    ${finding.side} ${finding.path || '/'}: ${finding.message} [${finding.code}]`);
    }
  }
  const failed = results.filter((r) => r.findings.length > 0).length;
  lines.push(`${results.length} interactions, ${results.length - failed} conform to the contracts, ${failed} do not`);
  return lines;
}

/** The same verdicts as JUnit cases: one per interaction, one suite per pact (consumer → provider). */
export function pactCheckJunitCases(results: InteractionCheck[]): JunitCase[] {
  return results.map((r) => ({
    suite: `${r.consumer} → ${r.provider}`,
    name: `${r.description}${r.operationId ? ` (${r.operationId})` : ''}`,
    ...(r.findings.length === 0 ? {} : { failure: r.findings.map((f) => `${f.side} ${f.path || '/'}: ${f.message} [${f.code}]`).join('\n') }),
  }));
}
