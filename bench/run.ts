import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { exportOpenApi } from '../src/contracts/export-openapi.js';
import { credere } from '../mock/credere/credere-plugin.js';
import { loadContracts } from '../src/contracts/load-contracts.js';
import { packageRoot } from '../src/package-root.js';
import { generateCpf } from '../src/numbers/cpf.js';
import { seededRandom } from '../src/fake/seeded-random.js';
import { type Figures, measure } from './measure.js';
import { spawnTarget, type Target } from './spawn-target.js';
import { scriptArgs } from './script-args.js';
import { startupFigures } from './startup-figures.js';
import { dataFileCost } from './data-file-cost.js';

// `npm run bench [-- --seconds 5 --big 1000000]`: every figure below is measured on this machine, in this run.
const { values } = parseArgs({ options: { seconds: { type: 'string' }, big: { type: 'string' }, 'skip-prism': { type: 'boolean' } } });
const seconds = Number(values.seconds ?? 5);
const big = Number(values.big ?? 1_000_000);
const rows: Array<[string, string]> = [];
const checks: Array<[string, boolean]> = [];

function report(name: string, figures: Figures): Figures {
  rows.push([name, `${figures.requestsPerSecond} req/s  mean ${figures.meanMs} ms  p50 ${figures.p50Ms} ms  p99 ${figures.p99Ms} ms${figures.non2xx ? `  non-2xx ${figures.non2xx}` : ''}${figures.errors ? `  errors ${figures.errors}` : ''}`]);
  process.stderr.write(`  ${name}: ${rows.at(-1)?.[1]}\n`);
  return figures;
}

function memoryOf(target: Target, label: string): void {
  const line = target.lines.find((text) => text.startsWith('MEM '));
  if (line) rows.push([`${label} load + memory`, line.slice(4)]);
}

async function withTarget<T>(args: string[], run: (target: Target) => Promise<T>): Promise<T> {
  const target = await spawnTarget(process.execPath, args, { timeoutMs: 600_000 });
  try {
    return await run(target);
  } finally {
    await target.stop();
  }
}

async function firstVisionToken(url: string): Promise<Record<string, string>> {
  const response = await fetch(`${url}/firstvision/bench/token`, {
    method: 'POST',
    headers: { apikey: 'clientela-key', authorization: `Basic ${Buffer.from('clientela-key:clientela-secret').toString('base64')}`, 'content-type': 'application/x-www-form-urlencoded' },
    body: 'grant_type=client_credentials',
  });
  const token = ((await response.json()) as { access_token: string }).access_token;
  return { apikey: 'clientela-key', authorization: `Bearer ${token}`, 'x-clientid': '00970', 'content-type': 'application/json' };
}

const cardsDetails = (url: string, headers: Record<string, string>) => ({
  url: `${url}/firstvision/customer/v3/cards/details?organizationNumber=970`,
  headers: { ...headers, customernumber: '0000000000000000123' },
  seconds,
});

process.stderr.write('startup\n');
const startup = startupFigures();
rows.push(['start-up: load + check + compile contracts', `${startup.contracts} contracts, cold ${startup.coldMs} ms, cached ${startup.warmMs} ms`]);
checks.push(['start-up (cached) under 300 ms', startup.warmMs < 300]);

process.stderr.write('express hello-world\n');
const hello = await withTarget(scriptArgs('targets/hello-world'), (t) => measure({ url: t.url, seconds }).then((f) => report('Express hello-world (ceiling)', f)));

process.stderr.write('firstvision, 1,000 cards\n');
const small = await withTarget([...scriptArgs('targets/clientela'), '--fv-cards', '1000'], async (t) => {
  memoryOf(t, 'FirstVision 1,000 cards');
  const headers = await firstVisionToken(t.url);
  const cards = report('FirstVision cards details (1,000 cards)', await measure(cardsDetails(t.url, headers)));
  report('FirstVision Customer Add', await measure({ url: `${t.url}/firstvision/customer/l8v2`, method: 'POST', headers, seconds,
    body: JSON.stringify({ customerData: { customerKeyData: { organizationNumber: 970 }, ownerCoOwnerData: { ownerData: { nameLine1: 'BENCH', postalCode: '59075-810' } } } }) }));
  return cards;
});
checks.push(['cards details ≥ 0.75 × Express hello-world', small.requestsPerSecond >= 0.75 * hello.requestsPerSecond]);

process.stderr.write(`firstvision, ${big} cards\n`);
const large = await withTarget([...scriptArgs('targets/clientela'), '--fv-cards', String(big)], async (t) => {
  memoryOf(t, `FirstVision ${big.toLocaleString('en')} cards`);
  return report(`FirstVision cards details (${big.toLocaleString('en')} cards)`, await measure(cardsDetails(t.url, await firstVisionToken(t.url))));
});
checks.push([`cards details mean latency with ${big} cards within 1.5× of 1,000`, large.meanMs <= small.meanMs * 1.5]);

const credereHeaders = { authorization: 'Bearer bench', 'content-type': 'application/json' };
const findPath = `/credere/api/v1/customers/find?cpf_cnpj=${encodeURIComponent('529.982.247-25')}`;
process.stderr.write('credere, 1,000 customers\n');
const crSmall = await withTarget([...scriptArgs('targets/clientela'), '--cr-customers', '1000'], async (t) => {
  memoryOf(t, 'Credere 1,000 customers');
  const random = seededRandom(99);
  report('Credere create', await measure({ url: `${t.url}/credere/api/v1/customers`, method: 'POST', headers: credereHeaders, seconds,
    bodyFor: () => JSON.stringify({ bank_validations: { bank_codes: ['336'] }, customer: { cpf: generateCpf(random.int), name: 'Bench', has_cnh: false, phones: [{ code: 84, number: 999999999, phone_type_id: 1 }] } }) }));
  report('Credere update (PATCH)', await measure({ url: `${t.url}/credere/api/v1/customers/1`, method: 'PATCH', headers: credereHeaders, seconds, body: JSON.stringify({ bank_validations: { bank_codes: ['336'] }, customer: { nickname: 'Bench' } }) }));
  return report('Credere find by CPF (1,000 customers)', await measure({ url: `${t.url}${findPath}`, headers: credereHeaders, seconds }));
});
checks.push(['Credere find ≥ 0.75 × Express hello-world', crSmall.requestsPerSecond >= 0.75 * hello.requestsPerSecond]);

process.stderr.write(`credere, ${big} customers\n`);
const crLarge = await withTarget([...scriptArgs('targets/clientela'), '--cr-customers', String(big)], async (t) => {
  memoryOf(t, `Credere ${big.toLocaleString('en')} customers`);
  return report(`Credere find by CPF (${big.toLocaleString('en')} customers)`, await measure({ url: `${t.url}${findPath}`, headers: credereHeaders, seconds }));
});
checks.push([`find by CPF mean latency with ${big} customers within 1.5× of 1,000`, crLarge.meanMs <= crSmall.meanMs * 1.5]);

process.stderr.write('credere creates, in memory and with --data-file\n');
{
  const cost = await dataFileCost(seconds);
  report('Credere create via CLI, in memory', cost.memory);
  report('Credere create via CLI, --data-file (fsync per answer)', cost.dataFile);
}

process.stderr.write('load-100k scenario through the CLI\n');
{
  const cli = join(packageRoot, 'bin', 'clientela.js');
  const serve = await spawnTarget(process.execPath, [cli, 'serve', '--port', '0', '--scenario', 'load-100k'], { readyPattern: /listening on http:\/\/127\.0\.0\.1:(\d+)/, timeoutMs: 120_000 });
  const loaded = serve.lines.find((line) => line.startsWith('loaded load-100k'));
  rows.push(['load-100k (100,000 customers, accounts, cards)', loaded?.replace(/^loaded load-100k /, '') ?? 'no load line printed']);
  const ms = Number(/in (\d+) ms/.exec(loaded ?? '')?.[1] ?? Number.NaN);
  checks.push(['load-100k loads in under 10 s', ms < 10_000]);
  await serve.stop();
}

if (!values['skip-prism']) {
  process.stderr.write('prism, credere openapi\n');
  const file = join(tmpdir(), 'clientela-credere.openapi.json');
  writeFileSync(file, JSON.stringify(exportOpenApi(loadContracts(), credere)));
  const port = String(20000 + Math.floor(Math.random() * 20000));
  const prismBin = join(packageRoot, 'node_modules', '@stoplight', 'prism-cli', 'dist', 'index.js');
  const prism = await spawnTarget(process.execPath, [prismBin, 'mock', file, '-p', port, '-h', '127.0.0.1'], { readyPattern: new RegExp(`listening on http://127.0.0.1:(${port})`), timeoutMs: 120_000 });
  try {
    const prismFind = report('Prism: Credere find (exported OpenAPI)', await measure({ url: `${prism.url}/customers/find?cpf_cnpj=${encodeURIComponent('529.982.247-25')}`, headers: credereHeaders, seconds }));
    checks.push(['Credere find ≥ 3 × Prism', crSmall.requestsPerSecond >= 3 * prismFind.requestsPerSecond]);
  } finally {
    await prism.stop();
  }
}

process.stdout.write('\nclientela benchmark (20 connections, autocannon; server and load generator in separate processes)\n\n');
for (const [name, value] of rows) process.stdout.write(`${name.padEnd(52)} ${value}\n`);
process.stdout.write('\n');
for (const [name, ok] of checks) process.stdout.write(`${ok ? 'PASS' : 'MISS'}  ${name}\n`);
