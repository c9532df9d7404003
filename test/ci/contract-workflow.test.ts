import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { startMock } from '../helpers/start-mock.js';
import { writeProviderPact } from '../pact/pact-fixture.js';

type Step = { name?: string; uses?: string; run?: string; if?: string; env?: Record<string, string>; with?: Record<string, unknown> };
type Job = { env: Record<string, string>; steps: Step[] };

const root = join(import.meta.dirname, '..', '..');
const bin = join(root, 'bin', 'clientela.js');
const workflow = parse(readFileSync(join(root, '.github', 'workflows', 'contract.yml'), 'utf8')) as { jobs: Record<string, Job> };
const job = workflow.jobs.contract as Job;
/** Where the workflow's mock listens; the test's own mock takes its place. */
const WORKFLOW_MOCK = 'http://127.0.0.1:4010';

/** A value as the job sees it without repository variables or secrets: `${{ vars.X || 'd' }}` is `d`, `${{ secrets.X }}` empty. */
function evaluate(value: string): string {
  const out = String(value).replace(/\$\{\{\s*(?:vars|secrets)\.[A-Z_]+(?:\s*\|\|\s*'([^']*)')?\s*\}\}/g, (_match, fallback?: string) => fallback ?? '');
  if (out.includes('${{')) throw new Error(`this test cannot evaluate ${value}`);
  return out;
}

function envOf(values: Record<string, string> | undefined, mockUrl: string): Record<string, string> {
  return Object.fromEntries(Object.entries(values ?? {}).map(([name, value]) => [name, evaluate(value).replaceAll(WORKFLOW_MOCK, mockUrl)]));
}

/** Runs one step's script with bash -e, as GitHub Actions does, `npx clientela` being this working tree's CLI. */
function runStep(step: Step, cwd: string, mockUrl: string): Promise<{ code: number; out: string }> {
  const script = (step.run ?? '').replaceAll('npx clientela', `"${process.execPath}" "${bin}"`);
  const env = { ...process.env, CLIENTELA_FROM_SOURCE: '1', ...envOf(job.env, mockUrl), ...envOf(step.env, mockUrl) };
  return new Promise((resolve) => {
    execFile('bash', ['-e', '-c', script], { cwd, env, timeout: 120_000 }, (error, out, err) => resolve({ code: error ? Number((error as { code?: number }).code ?? 99) : 0, out: `${out}${err}` }));
  });
}

const clientelaSteps = job.steps.filter((step) => step.run?.includes('clientela') && !step.run.includes('clientela serve'));
const junitFiles = clientelaSteps.flatMap((step) => [...(step.run ?? '').matchAll(/--junit (\S+)/g)].map((match) => match[1] as string));

describe('.github/workflows/contract.yml', () => {
  it('starts the mock where the provider URL points when no provider is configured, and names test files that exist', () => {
    const serve = job.steps.find((step) => step.run?.includes('clientela serve'));
    expect(serve?.if).toMatch(/vars\.CONTRACT_PROVIDER_URL == ''/);
    expect(serve?.run).toContain('--port 4010');
    expect(envOf(job.env, WORKFLOW_MOCK).PROVIDER_URL).toBe(WORKFLOW_MOCK);
    const named = job.steps.flatMap((step) => [...(step.run ?? '').matchAll(/test\/\S+\.test\.ts/g)].map((match) => match[0]));
    expect(named.length).toBeGreaterThan(0);
    for (const file of named) expect(existsSync(join(root, file)), file).toBe(true);
  });

  it('runs pact-check, verify and check with --junit against a mock, each passing, and uploads every report', async () => {
    expect(clientelaSteps.map((step) => /clientela (\S+)/.exec(step.run ?? '')?.[1])).toEqual(['pact-check', 'verify', 'check', 'check']);
    const mock = await startMock();
    const cwd = mkdtempSync(join(tmpdir(), 'clientela-workflow-'));
    mkdirSync(join(cwd, 'pacts'));
    copyFileSync(writeProviderPact(), join(cwd, 'pacts', 'app-clientela.json'));
    // At once, not in the workflow's order: no step reads what another writes (the test provides pacts/), and the
    // CLI's start-up is most of each step's time.
    const results = await Promise.all(clientelaSteps.map((step) => runStep(step, cwd, mock.url)));
    results.forEach((result, at) => expect(result.code, `${clientelaSteps[at]?.name}: ${result.out}`).toBe(0));
    const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' });
    expect(junitFiles).toEqual(['reports/pact-check.xml', 'reports/verify.xml', 'reports/check-credere.xml', 'reports/check-firstvision.xml']);
    for (const file of junitFiles) {
      const xml = readFileSync(join(cwd, file), 'utf8');
      expect(XMLValidator.validate(xml), file).toBe(true);
      const suites = parser.parse(xml).testsuites as { tests: string; failures: string };
      expect(Number(suites.tests), file).toBeGreaterThan(0);
      expect(suites.failures, file).toBe('0');
    }
    const upload = job.steps.find((step) => step.uses?.startsWith('actions/upload-artifact@'));
    expect(upload?.if).toMatch(/always\(\)/);
    const path = String(upload?.with?.path);
    for (const file of junitFiles) expect(file.startsWith(path)).toBe(true);
  }, 240_000);
});
