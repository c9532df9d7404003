import { execFile, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startMock } from '../helpers/start-mock.js';
import { writeProviderPact, writeV4Pact } from './pact-fixture.js';

const bin = join(import.meta.dirname, '..', '..', 'bin', 'clientela.js');
const env = { ...process.env, CLIENTELA_FROM_SOURCE: '1', PACT_DO_NOT_TRACK: 'true' };

/** Runs the real CLI as a child process, as a user would: its exit code and output. */
function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [bin, ...args], { env, timeout: 60_000 }, (error, out, err) => {
      resolve({ code: error ? Number((error as { code?: number }).code ?? 99) : 0, out, err });
    });
  });
}

const pact = writeProviderPact();

const sandboxesOf = async (url: string): Promise<string[]> =>
  ((await (await fetch(`${url}/__admin/sandboxes`)).json()) as { sandboxes: Array<{ name: string }> }).sandboxes.map((s) => s.name);
const stateHash = async (url: string): Promise<string> => createHash('sha256').update(await (await fetch(`${url}/__admin/state`)).text()).digest('hex');

describe('verify --url, run again and again against one running mock', () => {
  it('passes three runs in a row, each in a sandbox of its own that it removes, leaving the default sandbox as it was', async () => {
    const mock = await startMock();
    const before = await stateHash(mock.url);
    const names: string[] = [];
    for (let run = 1; run <= 3; run++) {
      const result = await cli(['verify', '--pact', pact, '--url', mock.url]);
      expect(result.err, `run ${run}`).not.toContain('ALREADY USED');
      expect(result.code, `run ${run}: ${result.out}${result.err}`).toBe(0);
      expect(result.out).toContain('2 interactions, 2 passed, 0 failed');
      names.push(/in sandbox (verify-[0-9a-f]{12})/.exec(result.out)?.[1] ?? '');
    }
    expect(new Set(names).size).toBe(3);
    expect(await stateHash(mock.url)).toBe(before);
    expect((await sandboxesOf(mock.url)).filter((name) => name.startsWith('verify-'))).toEqual([]);
  }, 120_000);

  it('removes its sandbox when an interaction fails', async () => {
    const mock = await startMock();
    const wrong = writeV4Pact('Credere', [
      { description: 'a wrong status', request: { method: 'GET', path: '/credere/api/v1/stores', headers: { authorization: 'Bearer recorded' } }, response: { status: 418 } },
    ]);
    const result = await cli(['verify', '--pact', wrong, '--url', mock.url]);
    expect(result.code).toBe(1);
    expect(result.out).toContain('1 interactions, 0 passed, 1 failed');
    expect((await sandboxesOf(mock.url)).filter((name) => name.startsWith('verify-'))).toEqual([]);
  }, 120_000);

  it('removes its sandbox on SIGINT, then dies of the signal (130 in a shell)', async () => {
    const mock = await startMock();
    const slow = writeV4Pact('Credere', [
      { description: 'a slow answer', request: { method: 'GET', path: '/credere/api/v1/stores', headers: { authorization: 'Bearer recorded', prefer: 'delay=5000' } }, response: { status: 200 } },
    ]);
    const child = spawn(process.execPath, [bin, 'verify', '--pact', slow, '--url', mock.url], { env });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
    let ended = false;
    const exited = new Promise<string>((resolve) => child.once('exit', (code, signal) => resolve(signal ?? `code ${code}`))).finally(() => (ended = true));
    // Interrupted once the slow request is in flight: the journal has not recorded it yet, the sandbox exists.
    const deadline = Date.now() + 30_000;
    let name: string | undefined;
    while (Date.now() < deadline && !name && !ended) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      name = /in sandbox (verify-[0-9a-f]{12})/.exec(out)?.[1];
    }
    expect(name, out).toBeDefined();
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await sandboxesOf(mock.url)).toContain(name);
    child.kill('SIGINT');
    expect(await exited).toBe('SIGINT');
    expect(out).toContain('SIGINT, cleaning up');
    expect(await sandboxesOf(mock.url)).not.toContain(name);
  }, 120_000);

  it('exits 2 with one line when the provider cannot be reached', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(closed.address() as AddressInfo).port}`;
    await new Promise((resolve) => closed.close(resolve));
    const result = await cli(['verify', '--pact', pact, '--url', url]);
    expect(result.code).toBe(2);
    expect(result.err.trim()).toMatch(new RegExp(`^clientela verify: cannot create sandbox verify-[0-9a-f]{12} on ${url}: the mock cannot be reached \\(fetch failed\\)$`));
  }, 120_000);
});
