// Requests/s of the in-memory and the Redis state backends, 1 and 2 workers, for FirstVision Customer Add and
// Credere find by CPF (a random customer out of 500, so no cache decides the figure). A measuring script, not a
// test: `npx tsx scripts/bench-state.ts` (needs redis-server on PATH; everything runs on 127.0.0.1 and stops).
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { generateCpf } from '../src/numbers/cpf.js';
import { seededRandom } from '../src/fake/seeded-random.js';

const root = join(import.meta.dirname, '..');
const seconds = Number(process.env.BENCH_SECONDS ?? 5);
const customers = 500;

function started(child: ChildProcess, pattern: RegExp): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      text += chunk.toString();
      const match = pattern.exec(text);
      if (match) resolve(match[1] ?? '');
    });
    child.once('exit', (code) => reject(new Error(`exited ${code}: ${text}`)));
  });
}

async function stop(child: ChildProcess): Promise<void> {
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

async function load(url: string, options: Partial<autocannon.Options>): Promise<{ rps: number; p99: number; non2xx: number }> {
  const run = (duration: number) => autocannon({ url, connections: 20, duration, ...options } as autocannon.Options);
  await run(1);
  const result = await run(seconds);
  return { rps: Math.round(result.requests.average), p99: result.latency.p99, non2xx: result.non2xx + result.errors };
}

async function measure(label: string, args: string[]): Promise<void> {
  const child = spawn(process.execPath, [join(root, 'bin', 'clientela.js'), 'serve', '--port', '0', '--journal-size', '0', ...args], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
  try {
    const url = await started(child, args.includes('--workers') ? /listening on (http:\/\/\S+)[\s\S]*Workers/ : /listening on (http:\/\/\S+)/);
    const token = ((await (await fetch(`${url}/firstvision/fvlatam/token`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', apikey: 'clientela-key', authorization: `Basic ${Buffer.from('clientela-key:clientela-secret').toString('base64')}` }, body: 'grant_type=client_credentials' })).json()) as { access_token: string }).access_token;
    const fv = { apikey: 'clientela-key', authorization: `Bearer ${token}`, 'x-clientid': '00970', 'content-type': 'application/json' };
    const add = await load(`${url}/firstvision/customer/l8v2`, { method: 'POST', headers: fv, body: JSON.stringify({ customerData: { customerKeyData: { organizationNumber: 970 }, ownerCoOwnerData: { ownerData: { nameLine1: 'BENCH', postalCode: '59075-810' } } } }) });
    const random = seededRandom(7);
    const cpfs = Array.from({ length: customers }, () => generateCpf(random.int));
    const cr = { authorization: 'Bearer bench', 'content-type': 'application/json' };
    for (const cpf of cpfs) await fetch(`${url}/credere/api/v1/customers`, { method: 'POST', headers: cr, body: JSON.stringify({ bank_validations: { bank_codes: ['336'] }, customer: { cpf, name: 'Bench', has_cnh: false, phones: [{ code: 84, number: 999999999, phone_type_id: 1 }] } }) });
    let next = 0;
    const find = await load(url, { headers: cr, requests: [{ setupRequest: (request) => ({ ...request, path: `/credere/api/v1/customers/find?cpf_cnpj=${encodeURIComponent(cpfs[next++ % customers] as string)}` }) }] });
    console.log(`| ${label} | ${add.rps} (p99 ${add.p99} ms${add.non2xx ? `, ${add.non2xx} not 2xx` : ''}) | ${find.rps} (p99 ${find.p99} ms${find.non2xx ? `, ${find.non2xx} not 2xx` : ''}) |`);
  } finally {
    await stop(child);
  }
}

const port = await new Promise<number>((resolve) => {
  const probe = createServer().listen(0, '127.0.0.1', () => {
    const { port: free } = probe.address() as { port: number };
    probe.close(() => resolve(free));
  });
});
const redis = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: ['ignore', 'pipe', 'inherit'] });
await started(redis, /(Ready to accept connections)/);
const state = `redis://127.0.0.1:${port}/0`;
try {
  console.log(`| backend, workers (${seconds} s, 20 connections) | FirstVision Customer Add req/s | Credere find by CPF req/s |`);
  console.log('| --- | --- | --- |');
  await measure('memory, 1 worker', []);
  await measure('Redis, 1 worker', ['--state', state]);
  await measure('Redis, 2 workers', ['--state', state, '--workers', '2']);
} finally {
  await stop(redis);
}
