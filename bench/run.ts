import { cpus, totalmem } from 'node:os';
import { parseArgs } from 'node:util';
import { type Dataset, readDataset } from './dataset.js';
import { type Figures, measure } from './measure.js';
import { clientelaRoutes, startClientela } from './peers/clientela.js';
import { peers, startHelloWorld } from './peers/peers.js';
import { type Running, runningOne } from './peers/running.js';
import { sampleAnswers } from './peers/sample-answers.js';
import { renderReport, type Column } from './render-report.js';
import { startupFigures } from './startup-figures.js';
import { requestsOf, type Workload, workloads } from './workloads.js';

// `npm run bench [-- --seconds 4 --state URL --only clientela]`; `BENCH_QUICK=1` for a short run. Every figure
// is measured on this machine, in this run, and compared with a peer measured in the same run.
const { values } = parseArgs({ options: { seconds: { type: 'string' }, state: { type: 'string' }, only: { type: 'string' } } });
const quick = process.env.BENCH_QUICK === '1';
const seconds = Number(values.seconds ?? (quick ? 1 : 4));
const customers = quick ? 10_000 : 100_000;
const [small, big] = quick ? [1_000, 100_000] : [1_000, 1_000_000];
const state = values.state;
const log = (line: string): void => void process.stderr.write(`${line}\n`);

async function run(running: Running, workload: Workload, data: Dataset): Promise<Figures> {
  return measure({ origin: running.origin(workload.api), next: requestsOf(workload, running.routes, data), seconds, warmupSeconds: 1 });
}

type Contender = { name: string; note: string; start: () => Promise<Running> };
type Started = { column: Column; running?: Running };

/** Starts each contender in turn (so start-up times are not shared); one that cannot start is "not measured". */
async function startAll(contenders: Contender[]): Promise<Started[]> {
  const started: Started[] = [];
  for (const { name, note, start } of contenders) {
    log(`starting ${name}`);
    try {
      const running = await start();
      started.push({ column: { name, note, cells: new Map(), startMs: running.startMs }, running });
    } catch (error) {
      started.push({ column: { name, note, notMeasured: String((error as Error).message ?? error).split('\n')[0]?.slice(0, 160) ?? 'failed to start', cells: new Map() } });
    }
  }
  return started;
}

/** The figures of the round whose mean latency is the median one. */
function medianRound(rounds: Figures[]): Figures {
  return [...rounds].sort((a, b) => a.meanMs - b.meanMs)[Math.floor(rounds.length / 2)] as Figures;
}

/**
 * Runs each workload on every started target back to back (all targets stay up, idle while another is measured),
 * so a ratio compares figures taken seconds apart on a machine whose speed drifts; with `rounds` > 1 the order
 * alternates each round and the median round is kept. Then stops them.
 */
async function measureAll(started: Started[], list: readonly Workload[], dataOf: (index: number) => Dataset, rounds = 1): Promise<Column[]> {
  try {
    for (const workload of list) {
      log(workload.name);
      const kept = started.map((): Figures[] => []);
      for (let round = 0; round < rounds; round++) {
        const order = [...started.keys()];
        if (round % 2 === 1) order.reverse();
        for (const index of order) {
          const { column, running } = started[index] as Started;
          if (!running) continue;
          const figures = await run(running, workload, dataOf(index));
          log(`  ${column.name}: ${figures.requestsPerSecond} req/s, mean ${figures.meanMs} ms, p99 ${figures.p99Ms} ms${figures.non2xx ? `, non-2xx ${figures.non2xx}` : ''}`);
          kept[index]?.push(figures);
        }
      }
      started.forEach(({ column }, index) => {
        const figures = kept[index] ?? [];
        if (figures.length > 0) column.cells.set(workload.name, medianRound(figures));
      });
    }
    for (const { column, running } of started) if (running) column.rssMb = running.rssMb();
  } finally {
    for (const { running } of started) await running?.stop();
  }
  return started.map(({ column }) => column);
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
const columns = await measureAll(started, workloads, () => data);

if (values.only === 'clientela') {
  // A quick look at clientela alone (e.g. to compare two builds): no peers, no scale, no start-up figures.
  for (const [name, f] of columns[0]?.cells ?? []) process.stdout.write(`| ${name} | ${f.requestsPerSecond} req/s | p50 ${f.p50Ms} | p99 ${f.p99Ms} | p99.9 ${f.p999Ms} ms | non-2xx ${f.non2xx} |\n`);
  process.exit(0);
}

log(`entities: ${small.toLocaleString('en')} vs ${big.toLocaleString('en')}`);
const scaled = workloads.filter((workload) => workload.name.includes('random customer') && !workload.name.includes('PATCH'));
// FirstVision: customers with one account and one card each (3 entities a customer); Credere: customers.
const sizes = [small, big];
const scaledData: Dataset[] = [];
const scaledStarted = await startAll(sizes.map((entities, index) => ({
  name: `clientela, ${entities.toLocaleString('en')} entities`,
  note: '',
  start: async () => {
    const target = await startClientela({ fvCustomers: Math.ceil(entities / 3), credereCustomers: entities, ...(state ? { state } : {}) });
    scaledData[index] = await readDataset(target.url);
    return runningOne(target, await clientelaRoutes(target.url));
  },
})));
const [smallColumn, bigColumn] = (await measureAll(scaledStarted, scaled, (index) => scaledData[index] as Dataset, quick ? 1 : 3)) as [Column, Column];

log('load-100k start-up');
const load100k = await startClientela({ fvCustomers: 100_000, credereCustomers: 0, ...(state ? { state } : {}) });
const startup = { startMs: load100k.startMs, rssMb: load100k.rssMb(), line: load100k.lines.find((line) => line.startsWith('loaded ')) ?? '' };
await load100k.stop();

process.stdout.write(renderReport({ seconds, customers, columns, scale: { small: smallColumn, big: bigColumn, workloads: scaled }, load100k: startup, engine, machine: `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GB, Node ${process.version}`, state: state ?? 'memory' }));
