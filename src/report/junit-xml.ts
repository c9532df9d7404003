/** One test case of a JUnit report: its suite (a pact, an operation), its name and, when it failed, why. */
export type JunitCase = { suite: string; name: string; failure?: string; timeMs?: number };

const ENTITIES: Record<string, string> = { '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;', '\n': '&#10;', '\r': '&#13;', '\t': '&#9;' };

/**
 * Text made safe for XML 1.0: characters it cannot carry at all (C0 controls but tab and newlines, U+FFFE/U+FFFF,
 * lone surrogates) become U+FFFD; markup characters become entities. In attributes, newlines and tabs are
 * escaped too, or a parser would fold them into spaces.
 */
export function escapeXml(text: string, inAttribute = true): string {
  // The control characters are the point of this pattern.
  // eslint-disable-next-line no-control-regex
  const legal = text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
  return legal.replace(inAttribute ? /[<>&"'\n\r\t]/g : /[<>&]/g, (c) => ENTITIES[c] as string);
}

const count = (cases: readonly JunitCase[]) => ({ tests: cases.length, failures: cases.filter((c) => c.failure !== undefined).length });
const seconds = (cases: readonly JunitCase[]) => (cases.reduce((sum, c) => sum + (c.timeMs ?? 0), 0) / 1000).toFixed(3);

function testcase(suite: string, testCase: JunitCase): string[] {
  const open = `    <testcase classname="${escapeXml(suite)}" name="${escapeXml(testCase.name)}" time="${seconds([testCase])}"`;
  if (testCase.failure === undefined) return [`${open}/>`];
  const message = testCase.failure.split('\n')[0] ?? '';
  return [`${open}>`, `      <failure message="${escapeXml(message)}">${escapeXml(testCase.failure, false)}</failure>`, '    </testcase>'];
}

/**
 * The JUnit XML report every command writes (`verify`, `check`, `pact-check`): one `<testsuite>` per suite name, in
 * first-seen order, one `<testcase>` per case, a `<failure>` with its message for each that failed.
 * @example writeReport('reports/verify.xml', junitXml('clientela verify', cases))
 */
export function junitXml(name: string, cases: readonly JunitCase[]): string {
  const suites = new Map<string, JunitCase[]>();
  for (const testCase of cases) suites.set(testCase.suite, [...(suites.get(testCase.suite) ?? []), testCase]);
  const all = count(cases);
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>', `<testsuites name="${escapeXml(name)}" tests="${all.tests}" failures="${all.failures}" errors="0" time="${seconds(cases)}">`];
  for (const [suite, list] of suites) {
    const one = count(list);
    lines.push(`  <testsuite name="${escapeXml(suite)}" tests="${one.tests}" failures="${one.failures}" errors="0" skipped="0" time="${seconds(list)}">`);
    for (const testCase of list) lines.push(...testcase(suite, testCase));
    lines.push('  </testsuite>');
  }
  lines.push('</testsuites>', '');
  return lines.join('\n');
}
