/** One test case of a JUnit report: its suite (a pact, an operation), its name and, when it failed, why. */
export type JunitCase = { suite: string; name: string; failure?: string };

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c] as string);
}

/**
 * A JUnit XML document (one `<testsuite>` per suite name, in first-seen order) that CI systems display.
 * @example writeFileSync('verify.xml', junitXml('clientela verify', cases))
 */
export function junitXml(name: string, cases: JunitCase[]): string {
  const suites = new Map<string, JunitCase[]>();
  for (const testCase of cases) suites.set(testCase.suite, [...(suites.get(testCase.suite) ?? []), testCase]);
  const failures = cases.filter((c) => c.failure !== undefined).length;
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>', `<testsuites name="${escapeXml(name)}" tests="${cases.length}" failures="${failures}">`];
  for (const [suite, list] of suites) {
    const failed = list.filter((c) => c.failure !== undefined).length;
    lines.push(`  <testsuite name="${escapeXml(suite)}" tests="${list.length}" failures="${failed}">`);
    for (const testCase of list) {
      const open = `    <testcase classname="${escapeXml(suite)}" name="${escapeXml(testCase.name)}"`;
      if (testCase.failure === undefined) lines.push(`${open}/>`);
      else lines.push(`${open}>`, `      <failure message="${escapeXml(testCase.failure.split('\n')[0] ?? '')}">${escapeXml(testCase.failure)}</failure>`, '    </testcase>');
    }
    lines.push('  </testsuite>');
  }
  lines.push('</testsuites>', '');
  return lines.join('\n');
}
