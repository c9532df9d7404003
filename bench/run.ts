import { cpus, totalmem } from 'node:os';
import { parseArgs } from 'node:util';
import { readDataset } from './dataset.js';
import { type Figures, measure } from './measure.js';
import { clientelaRoutes, startClientela } from './peers/clientela.js';
import { peers, startHelloWorld } from './peers/peers.js';
import { type Running, runningOne } from './peers/running.js';
import { sampleAnswers } from './peers/sample-answers.js';
import { renderReport, type Cell, type Column } from './render-report.js';
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

async function run(running: Running, workload: Workload, data: Parameters<typeof requestsOf>[2]): Promise<Figures> {
  return measure({ origin: running.origin(workload.api), next: requestsOf(workload, running.routes, data), seconds, warmupSeconds: 1 });
}

async function column(name: string, note: string, start: () => Promise<Running>, data: Parameters<typeof requestsOf>[2], only?: readonly Workload[]): Promise<Column> {
  log(name);
  let running: Running;
  try {
    running = await start();
  } catch (error) {
    return { name, note, notMeasured: String((error as Error).message ?? error).split('\n')[0]?.slice(0, 160) ?? 'failed to start', cells: new Map() };
  }
  const cells = new Map<string, Cell>();
  try {
    for (const workload of only ?? workloads) {
      const figures = await run(running, workload, data);
      log(`  ${workload.name}: ${figures.requestsPerSecond} req/s, p99 ${figures.p99Ms} ms${figures.non2xx ? `, non-2xx ${figures.non2xx}` : ''}`);
      cells.set(workload.name, figures);
    }
    return { name, note, cells, startMs: running.startMs, rssMb: running.rssMb() };
  } finally {
    await running.stop();
  }
}

log('start-up of the contract engine');
const engine = startupFigures(3);

log(`clientela serve: load-100k (${customers.toLocaleString('en')} FirstVision customers, accounts, cards) + ${customers.toLocaleString('en')} Credere customers${state ? `, --state ${state}` : ''}`);
const main = await startClientela({ fvCustomers: customers, credereCustomers: customers, ...(state ? { state } : {}) });
const data = await readDataset(main.url);
const routes = await clientelaRoutes(main.url);
const answers = await sampleAnswers(main.url, routes, data);
const columns: Column[] = [await column('clientela', `\`clientela serve\`, the compiled build, state ${state ?? 'in memory'}`, async () => runningOne(main, routes), data)];

if (values.only !== 'clientela') {
  columns.push(await column('Express hello-world', 'the ceiling: every request is `GET /` answering a small JSON', startHelloWorld, data));
  const { customernumber: _key, ...fvHeaders } = routes.cardsDetails('').headers ?? {};
  for (const peer of peers(data, answers, fvHeaders)) columns.push(await column(peer.name, peer.note, peer.start, data));
}

if (values.only === 'clientela') {
  // A quick look at clientela alone (e.g. to compare two builds): no peers, no scale, no start-up figures.
  for (const [name, f] of columns[0]?.cells ?? []) process.stdout.write(`| ${name} | ${f.requestsPerSecond} req/s | p50 ${f.p50Ms} | p99 ${f.p99Ms} | p99.9 ${f.p999Ms} ms | non-2xx ${f.non2xx} |\n`);
  process.exit(0);
}

log(`entities: ${small.toLocaleString('en')} vs ${big.toLocaleString('en')}`);
const scaled = workloads.filter((workload) => workload.name.includes('random customer') && !workload.name.includes('PATCH'));
const scale = async (entities: number): Promise<Column> => {
  const name = `clientela, ${entities.toLocaleString('en')} entities`;
  try {
    // FirstVision: customers with one account and one card each (3 entities a customer); Credere: customers.
    const target = await startClientela({ fvCustomers: Math.ceil(entities / 3), credereCustomers: entities, ...(state ? { state } : {}) });
    const running = runningOne(target, await clientelaRoutes(target.url));
    return await column(name, '', async () => running, await readDataset(target.url), scaled);
  } catch (error) {
    return { name, note: '', notMeasured: String((error as Error).message).slice(0, 160), cells: new Map() };
  }
};
const smallColumn = await scale(small);
const bigColumn = await scale(big);

log('load-100k start-up');
const load100k = await startClientela({ fvCustomers: 100_000, credereCustomers: 0, ...(state ? { state } : {}) });
const startup = { startMs: load100k.startMs, rssMb: load100k.rssMb(), line: load100k.lines.find((line) => line.startsWith('loaded ')) ?? '' };
await load100k.stop();

process.stdout.write(renderReport({ seconds, customers, columns, scale: { small: smallColumn, big: bigColumn, workloads: scaled }, load100k: startup, engine, machine: `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GB, Node ${process.version}`, state: state ?? 'memory' }));
