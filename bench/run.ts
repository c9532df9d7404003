import { cpus, totalmem } from 'node:os';
import { parseArgs } from 'node:util';
import { readDataset } from './dataset.js';
import { measureBackends } from './backends.js';
import { scaleCheck } from './scale-check.js';
import { type Contender, measureAll, startAll } from './measure-all.js';
import { clientelaRoutes, startClientela } from './peers/clientela.js';
import { peers, startHelloWorld } from './peers/peers.js';
import { runningOne } from './peers/running.js';
import { sampleAnswers } from './peers/sample-answers.js';
import { renderBackends, renderScale } from './render-backends.js';
import { renderReport } from './render-report.js';
import { startupFigures } from './startup-figures.js';
import { workloads } from './workloads.js';

// `npm run bench [-- --seconds 4 --state URL --only clientela]`; `BENCH_QUICK=1` for a short run. Every figure
// is measured on this machine, in this run, and compared with a peer measured in the same run.
const { values } = parseArgs({ options: { seconds: { type: 'string' }, state: { type: 'string' }, only: { type: 'string' }, rounds: { type: 'string' } } });
const quick = process.env.BENCH_QUICK === '1';
const seconds = Number(values.seconds ?? (quick ? 1 : 4));
const customers = quick ? 10_000 : 100_000;
const [small, big] = quick ? [1_000, 100_000] : [1_000, 1_000_000];
// Five alternating rounds (the median kept): three left the 1,000 vs 1,000,000 check to the machine's noise.
const rounds = quick ? 1 : 5;
// Redis loads a scenario far slower than memory (round trips per chunk): its large size is smaller, and says so.
const REDIS_BIG = 100_000;
const state = values.state;
const log = (line: string): void => void process.stderr.write(`${line}\n`);

const scaled = workloads.filter((workload) => workload.name.includes('random customer') && !workload.name.includes('PATCH'));
if (values.only === 'scale') {
  // The 1,000 vs 1,000,000 check alone (`--only scale`), e.g. to re-measure it with more rounds.
  const check = await scaleCheck({ sizes: [small, big], list: scaled, seconds, rounds: Number(values.rounds ?? rounds), ...(state ? { state } : {}) });
  process.stdout.write(renderScale(check.small, check.big, scaled, check.gc));
  process.exit(0);
}

log('start-up of the contract engine');
const engine = startupFigures(3);

log(`clientela serve: load-100k (${customers.toLocaleString('en')} FirstVision customers, accounts, cards) + ${customers.toLocaleString('en')} Credere customers${state ? `, --state ${state}` : ''}`);
const main = await startClientela({ fvCustomers: customers, credereCustomers: customers, ...(state ? { state } : {}) });
const data = await readDataset(main.url);
const routes = await clientelaRoutes(main.url);
const answers = await sampleAnswers(main.url, routes, data);
const contenders: Contender[] = [{ name: 'clientela', note: `\`clientela serve\`, the compiled build, state ${state ?? 'in memory'}`, start: async () => runningOne(main, routes) }];
if (values.only !== 'clientela') {
  const { customernumber: _key, ...fvHeaders } = routes.cardsDetails('').headers ?? {};
  contenders.push({ name: 'Express hello-world', note: 'the ceiling: every request is `GET /` answering a small JSON', start: startHelloWorld }, ...peers(data, answers, fvHeaders));
}
const started = await startAll(contenders);
const mainColumn = started[0]?.column;
if (mainColumn) mainColumn.startMs = main.startMs;
const columns = await measureAll(started, workloads, () => data, { seconds });

if (values.only === 'clientela') {
  // A quick look at clientela alone (e.g. to compare two builds): no peers, no scale, no start-up figures.
  for (const [name, f] of columns[0]?.cells ?? []) process.stdout.write(`| ${name} | ${f.requestsPerSecond} req/s | p50 ${f.p50Ms} | p99 ${f.p99Ms} | p99.9 ${f.p999Ms} ms | non-2xx ${f.non2xx} |\n`);
  process.exit(0);
}

log(`entities: ${small.toLocaleString('en')} vs ${big.toLocaleString('en')}`);
const { small: smallColumn, big: bigColumn, gc: scaleGc } = await scaleCheck({ sizes: [small, big], list: scaled, seconds, rounds, ...(state ? { state } : {}) });

log('state backends: memory vs Redis, 1 vs 2 workers');
const redisScale: [number, number] = quick ? [1_000, 10_000] : [1_000, REDIS_BIG];
const backends = await measureBackends({
  seconds,
  fvCustomers: customers,
  data,
  workloads: workloads.filter((workload) => ['FirstVision cards details, random customer', 'FirstVision Customer Add', 'Credere create'].includes(workload.name)),
  scaleWorkloads: scaled,
  scaleSizes: redisScale,
  memoryBig: big,
  rounds,
  opsRequests: quick ? 50 : 200,
});
const memoryStartup = backends.startups.get('memory, 1 worker');
const startup = { startMs: memoryStartup?.startMs ?? Number.NaN, rssMb: memoryStartup?.rssMb ?? Number.NaN, line: memoryStartup?.line ?? '' };

process.stdout.write(renderReport({ seconds, customers, columns, scale: { small: smallColumn, big: bigColumn, workloads: scaled, gc: scaleGc }, load100k: startup, engine, machine: `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GB, Node ${process.version}`, state: state ?? 'memory' }));
process.stdout.write(renderBackends(backends, scaled, customers));
