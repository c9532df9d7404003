import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API, auth, fullCustomer, lenient, newCpf } from '../credere/credere-fixtures.js';
import { redisInstalled, TestRedis } from './redis-server.js';

const root = join(import.meta.dirname, '..', '..');
const bin = join(root, 'bin', 'clientela.js');

describe('clientela serve --workers', () => {
  it('refuses more than one worker without the Redis state, in one line, with exit code 2', () => {
    const { status, stderr, stdout } = spawnSync(process.execPath, [bin, 'serve', '--workers', '2', '--port', '0'], { cwd: root, encoding: 'utf8', timeout: 60_000, env: { ...process.env, CLIENTELA_STATE: '' } });
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toEqual(['clientela serve: --workers 2 needs --state redis://HOST:PORT (each worker would otherwise keep its own state)']);
  }, 60_000);

  it('refuses a --state that is not a redis:// URL, with exit code 2', () => {
    const { status, stderr } = spawnSync(process.execPath, [bin, 'serve', '--state', 'postgres://x', '--port', '0'], { cwd: root, encoding: 'utf8', timeout: 60_000 });
    expect(status).toBe(2);
    expect(stderr.trim()).toBe('clientela serve: --state must be redis://HOST:PORT[/DB], got "postgres://x"');
  }, 60_000);
});

describe.runIf(redisInstalled())('clientela serve --workers 2 --state redis://…', () => {
  let redis: TestRedis;
  beforeAll(async () => {
    redis = await TestRedis.start();
  });
  afterAll(async () => {
    await redis.stop();
  });

  it('serves from two processes on one port, which share the state', async () => {
    const child = spawn(process.execPath, [bin, 'serve', '--workers', '2', '--port', '0', '--state', redis.url], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      const banner = await new Promise<string>((found, fail) => {
        let text = '';
        child.stdout.on('data', (chunk: Buffer) => {
          text += chunk.toString();
          if (/Workers\s+2 processes/.test(text)) found(text);
        });
        child.once('exit', (code) => fail(new Error(`serve exited ${code}: ${text}`)));
      });
      const url = /listening on (http:\/\/\S+)/.exec(banner)?.[1] as string;
      expect(banner).toContain('2 workers');
      const pids = new Set<number>();
      for (let i = 0; i < 20; i++) pids.add(((await (await fetch(`${url}/__admin/health`)).json()) as { pid: number }).pid);
      expect(pids.size).toBe(2);
      const cpf = newCpf();
      const headers = { ...auth, 'content-type': 'application/json' };
      const created = await fetch(`${url}${API}/customers`, { method: 'POST', headers, body: JSON.stringify({ bank_validations: lenient, customer: fullCustomer(cpf) }) });
      expect(created.status).toBe(200);
      // Round-robin: of several reads at least one lands on the other worker, and every one finds the customer.
      for (let i = 0; i < 4; i++) expect((await fetch(`${url}${API}/customers/find?cpf_cnpj=${encodeURIComponent(cpf)}`, { headers: auth })).status).toBe(200);
    } finally {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
  }, 120_000);
});
