import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { exportOpenApi, type OpenApiVersion } from '../../src/contracts/export-openapi.js';
import { loadContracts } from '../../src/contracts/load-contracts.js';
import { builtInPlugins } from '../../mock/plugins.js';
import { type Credentials, exampleRequests } from '../helpers/example-requests.js';
import { typeCheck } from '../helpers/type-check.js';

// The tools the issue names, run from their bins in node_modules, on the documents the CLI exports.
const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = (name: string): string => join(root, 'node_modules', '.bin', name);
const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'clientela-openapi-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const quiet = { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', NO_COLOR: '1' };

const registry = loadContracts();
const versions: OpenApiVersion[] = ['3.1', '3.0'];
const cases = builtInPlugins.flatMap((plugin) => versions.map((version) => ({ plugin, version, name: `${plugin.name} ${version}` })));
const documents = new Map(cases.map(({ plugin, version, name }) => [name, exportOpenApi(registry, plugin, { version })]));
const fileOf = (name: string): string => join(dir, `${name.replace(' ', '-')}.json`);
for (const [name, document] of documents) writeFileSync(fileOf(name), JSON.stringify(document, null, 2));
writeFileSync(join(dir, 'redocly.yaml'), 'extends:\n  - recommended\n');
writeFileSync(join(dir, '.spectral.yaml'), 'extends: ["spectral:oas"]\n');

/** The Spectral warnings the export keeps, each with its reason in the README (OpenAPI export). */
const keptSpectralWarnings = ['info-contact'];

/** Output of a command that may exit non-zero when it finds problems. */
async function output(file: string, args: string[]): Promise<string> {
  try {
    return (await run(file, args, { cwd: dir, env: quiet, maxBuffer: 64 * 1024 * 1024 })).stdout;
  } catch (error) {
    const failed = error as { stdout?: string; stderr?: string };
    if (!failed.stdout) throw new Error(`${file} failed: ${failed.stderr ?? String(error)}`);
    return failed.stdout;
  }
}

describe.each(cases)('$name export in the real tools', ({ name }) => {
  it('Redocly CLI 2.77 lint (recommended) reports no error and no warning', { timeout: 180_000 }, async () => {
    const report = JSON.parse(await output(bin('redocly'), ['lint', fileOf(name), '--format=json', '--config', join(dir, 'redocly.yaml')])) as {
      totals: { errors: number; warnings: number };
      problems: Array<{ ruleId: string; message: string }>;
    };
    expect(report.problems.map((p) => `${p.ruleId}: ${p.message}`)).toEqual([]);
    expect(report.totals).toMatchObject({ errors: 0, warnings: 0 });
  });

  it('Spectral 6.16 spectral:oas reports no error, and only the warnings the README lists', { timeout: 180_000 }, async () => {
    const results = JSON.parse(await output(bin('spectral'), ['lint', fileOf(name), '--ruleset', join(dir, '.spectral.yaml'), '--format', 'json', '--quiet'])) as Array<{ code: string; severity: number; message: string }>;
    expect(results.filter((r) => r.severity === 0).map((r) => `${r.code}: ${r.message}`)).toEqual([]);
    expect([...new Set(results.filter((r) => r.severity === 1).map((r) => r.code))]).toEqual(keptSpectralWarnings);
  });
});

describe.each(versions)('openapi-typescript 7.13 on the FirstVision %s export', (version) => {
  it('types each 200 with its operation data (not a generic envelope with data unknown)', { timeout: 180_000 }, async () => {
    const name = `firstvision ${version}`;
    const generated = join(dir, `firstvision-${version}.d.ts`);
    await run(bin('openapi-typescript'), [fileOf(name), '-o', generated], { cwd: dir, env: quiet });
    const checks = registry
      .contracts('firstvision')
      .flatMap((contract) => {
        const data = ((contract.responses['200']?.body as { properties?: { data?: { required?: string[] } } } | undefined)?.properties?.data?.required ?? [])[0];
        if (!data) return [];
        const type = `operations['${contract.operationId}']['responses'][200]['content']['application/json']`;
        return [
          `type Data_${contract.operationId} = ${type}['data'];`,
          `export const unknown_${contract.operationId}: [unknown] extends [Data_${contract.operationId}] ? 'data is unknown' : 'typed' = 'typed';`,
          `export const field_${contract.operationId}: '${data}' extends keyof Data_${contract.operationId} ? 'has ${data}' : 'lacks ${data}' = 'has ${data}';`,
          `export const envelope_${contract.operationId}: ${type}['hasError'] extends false ? 'enveloped' : 'not' = 'enveloped';`,
        ];
      });
    expect(checks.length).toBeGreaterThanOrEqual(13 * 3);
    // The generated declarations and the checks in one virtual module of the project (its tsconfig applies).
    const entry = join(root, 'test', 'openapi', `.virtual-firstvision-${version}.ts`);
    const source = `${readFileSync(generated, 'utf8')}\n${checks.join('\n')}\n`;
    expect(typeCheck(entry, { [entry]: source })).toEqual([]);
    // The check has teeth: an envelope whose data is unknown fails it.
    const loose = source.replace(/(responses: \{\s*\/\*\*[^*]*\*\/\s*200: \{[\s\S]*?"application\/json": )\{/, '$1{ data: unknown; hasError: false } | {');
    expect(typeCheck(entry, { [entry]: loose }).length).toBeGreaterThan(0);
  });
});

const firstVisionCredentials: Credentials = {
  apikey: { apikey: 'clientela-key' },
  clientId: { 'X-ClientID': '00970' },
  bearer: { authorization: 'Bearer prism-accepts-any-token' },
  oauth2: { authorization: 'Bearer prism-accepts-any-token' },
  basic: { authorization: `Basic ${Buffer.from('clientela-key:clientela-secret').toString('base64')}` },
};
const credentials: Record<string, Credentials> = { firstvision: firstVisionCredentials, credere: { bearer: { authorization: 'Bearer any-key' } } };

/** A port nobody listens on right now (Prism takes a port number, not 0). */
async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function startPrism(file: string, port: number): Promise<ChildProcess> {
  const prism = spawn(bin('prism'), ['mock', '-h', '127.0.0.1', '-p', String(port), file], { cwd: dir, env: quiet, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  await new Promise<void>((resolve, reject) => {
    const seen = (chunk: Buffer): void => {
      log += chunk.toString();
      if (log.includes('Prism is listening')) resolve();
    };
    prism.stdout?.on('data', seen);
    prism.stderr?.on('data', seen);
    prism.once('exit', (code) => reject(new Error(`prism exited with ${code}: ${log}`)));
  });
  return prism;
}

describe.each(cases)('Prism 5.14 mock on the $name export', ({ plugin, name }) => {
  it('accepts every request example of every operation and answers in the API envelope', { timeout: 240_000 }, async () => {
    const port = await freePort();
    const prism = await startPrism(fileOf(name), port);
    try {
      const document = documents.get(name) as Parameters<typeof exampleRequests>[0];
      const requests = exampleRequests(document, credentials[plugin.name] as Credentials);
      expect(new Set(requests.map((r) => r.operationId)).size).toBe(registry.contracts(plugin.name).length);
      const refused: string[] = [];
      for (const request of requests) {
        const response = await fetch(`http://127.0.0.1:${port}${request.path}`, { method: request.method, headers: request.headers, ...(request.body === undefined ? {} : { body: request.body }) });
        const text = await response.text();
        const violations = (JSON.parse(response.headers.get('sl-violations') ?? '[]') as Array<{ location: string[]; severity: string; message: string }>).filter((v) => v.location[0] === 'request');
        if (response.status >= 400 || violations.length) refused.push(`${request.operationId}/${request.example}: ${response.status} ${violations.map((v) => v.message).join('; ')} ${text.slice(0, 200)}`);
        else if (plugin.name === 'firstvision' && request.operationId !== 'token') {
          expect(JSON.parse(text), `${request.operationId}/${request.example}`).toMatchObject({ hasError: false, errors: [], data: expect.any(Object) });
        }
      }
      expect(refused).toEqual([]);
    } finally {
      prism.kill();
    }
  });
});
