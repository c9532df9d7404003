import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { API, auth, fullCustomer, lenient, newCpf } from '../credere/credere-fixtures.js';

const cli = join(import.meta.dirname, '..', '..', 'bin', 'clientela.js');

async function serve(dataFile: string): Promise<{ url: string; child: ChildProcessWithoutNullStreams; output: () => string }> {
  const child = spawn(process.execPath, [cli, 'serve', '--port', '0', '--data-file', dataFile], { env: { ...process.env, CLIENTELA_FROM_SOURCE: '1' } });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      const found = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (found) resolve(found[1] as string);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => reject(new Error(`serve exited ${code}: ${output}`)));
  });
  return { url, child, output: () => output };
}

const create = (url: string) =>
  fetch(`${url}${API}/customers`, { method: 'POST', headers: { ...auth, 'content-type': 'application/json' }, body: JSON.stringify({ bank_validations: lenient, customer: fullCustomer(newCpf()) }) });

describe('clientela serve --data-file', () => {
  it('keeps every write it answered 2xx through kill -9, and never reissues an id after the restart', async () => {
    const dataFile = join(mkdtempSync(join(tmpdir(), 'clientela-kill-')), 'state.json');
    const first = await serve(dataFile);
    const acknowledged: number[] = [];
    const exited = new Promise((resolve) => first.child.once('exit', resolve));
    // A burst of creates; the process is killed as soon as 40 of them have been answered, the rest in flight.
    const burst = Array.from({ length: 150 }, () =>
      create(first.url)
        .then(async (answer) => {
          if (answer.status !== 200) return;
          acknowledged.push(((await answer.json()) as { customer: { id: number } }).customer.id);
          if (acknowledged.length === 40) first.child.kill('SIGKILL');
        })
        .catch(() => undefined),
    );
    await Promise.all(burst);
    await exited;
    expect(acknowledged.length).toBeGreaterThanOrEqual(40);

    const second = await serve(dataFile);
    try {
      for (const id of acknowledged) {
        const found = await fetch(`${second.url}${API}/customers/${id}`, { headers: auth });
        expect(found.status, `customer ${id} was acknowledged`).toBe(200);
      }
      const fresh = (await (await create(second.url)).json()) as { customer: { id: number } };
      expect(acknowledged).not.toContain(fresh.customer.id);
      expect(fresh.customer.id).toBeGreaterThan(Math.max(...acknowledged));
    } finally {
      second.child.kill('SIGTERM');
    }
  }, 120_000);
});
