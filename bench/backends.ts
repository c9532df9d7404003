import { hashString, seededRandom } from '../src/fake/seeded-random.js';
import { type Dataset, readDataset } from './dataset.js';
import { type Contender, measureAll, startAll } from './measure-all.js';
import { clientelaRoutes, startClientela } from './peers/clientela.js';
import { startRedisServer, type RedisServer } from './peers/redis-server.js';
import { runningOne } from './peers/running.js';
import type { Column } from './render-report.js';
import type { Target } from './spawn-target.js';
import type { Workload } from './workloads.js';

/** What one backend's `serve --scenario load-100k` cost to start: time, its processes' RSS, Redis's growth. */
export type Startup = { startMs: number; rssMb: number; line: string; redisMb?: number };
/** Redis commands per request of one workload, counted over `requests` requests sent one after another. */
export type OpsCount = { workload: string; requests: number; perRequest: number; top: string };

export type BackendsReport = {
  /** Why Redis was not measured (then only the memory column has figures). */
  redisAbsent?: string;
  columns: Column[];
  startups: Map<string, Startup>;
  ops: OpsCount[];
  redisRssMb?: number;
  scale?: { small: Column; big: Column; note: string };
};

export type BackendsOptions = {
  seconds: number;
  /** FirstVision customers of the `load-100k` scenario (100,000 unless a quick run). */
  fvCustomers: number;
  data: Dataset;
  workloads: readonly Workload[];
  scaleWorkloads: readonly Workload[];
  /** Entities of the two Redis scale servers (FirstVision customers are a third: each has an account and a card). */
  scaleSizes: [number, number];
  /** The memory backend's large size: when Redis holds fewer, the report says so, with the load rate measured. */
  memoryBig: number;
  rounds: number;
  opsRequests: number;
};

const log = (line: string): void => void process.stderr.write(`${line}\n`);

function startupOf(target: Target, redisMb?: number): Startup {
  return { startMs: target.startMs, rssMb: target.rssMb(), line: target.lines.find((line) => line.startsWith('loaded ')) ?? '', ...(redisMb === undefined ? {} : { redisMb }) };
}

/** Starts `serve --scenario load-100k` on a backend, noting its start-up and how much Redis grew. */
function loadContender(name: string, note: string, startups: Map<string, Startup>, redis: RedisServer | undefined, args: { fvCustomers: number; state?: string; workers?: number }): Contender {
  return {
    name,
    note,
    start: async () => {
      const before = redis?.usedMemoryMb();
      const target = await startClientela({ fvCustomers: args.fvCustomers, credereCustomers: 0, ...(args.state ? { state: args.state } : {}), extraArgs: args.workers ? ['--workers', String(args.workers)] : [] });
      startups.set(name, startupOf(target, redis && before !== undefined ? redis.usedMemoryMb() - before : undefined));
      return runningOne(target, await clientelaRoutes(target.url));
    },
  };
}

/** Counts Redis commands per request for each workload, on one running target, subtracting the idle rate. */
async function countOps(redis: RedisServer, origin: string, routes: Awaited<ReturnType<typeof clientelaRoutes>>, data: Dataset, list: readonly Workload[], requests: number): Promise<OpsCount[]> {
  const total = (): Map<string, number> => redis.commands();
  redis.resetStats();
  const idleStart = performance.now();
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const idlePerMs = [...total().values()].reduce((a, b) => a + b, 0) / (performance.now() - idleStart);
  const counts: OpsCount[] = [];
  for (const workload of list) {
    const random = seededRandom(hashString(`ops ${workload.name}`));
    redis.resetStats();
    const started = performance.now();
    for (let i = 0; i < requests; i++) {
      const call = workload.next(routes, data, random);
      const response = await fetch(`${origin}${call.path}`, { method: call.method, headers: call.headers ?? {}, ...(call.body ? { body: call.body } : {}) });
      await response.arrayBuffer();
    }
    const byCommand = total();
    const calls = [...byCommand.values()].reduce((a, b) => a + b, 0) - idlePerMs * (performance.now() - started);
    const top = [...byCommand].sort((a, b) => b[1] - a[1]).slice(0, 4).map(([command, n]) => `${command} ${(n / requests).toFixed(1)}`).join(', ');
    counts.push({ workload: workload.name, requests, perRequest: Number((calls / requests).toFixed(1)), top });
  }
  return counts;
}

function scaleNote(options: BackendsOptions, redisLoad: Startup | undefined): string {
  const [, big] = options.scaleSizes;
  if (big >= options.memoryBig) return '';
  const rate = redisLoad ? Math.round((3 * options.fvCustomers) / (redisLoad.startMs / 1000)) : Number.NaN;
  const minutes = Math.round((2 * options.memoryBig) / rate / 60);
  return `Redis holds ${big.toLocaleString('en')} entities of each API here, not ${options.memoryBig.toLocaleString('en')}: a scenario loads into Redis at about ${rate.toLocaleString('en')} entities/s on this machine (load-100k above, start-up included), so ${options.memoryBig.toLocaleString('en')} of each API would take about ${minutes} minutes.`;
}

/**
 * The state backends side by side: `serve --scenario load-100k` in memory, on Redis with one worker and with
 * `--workers 2` (each on its own Redis database), the same workloads on each, Redis commands per request, and
 * the 1,000-vs-many-entities check on Redis. Starts its own `redis-server`; without one, only memory is measured.
 */
export async function measureBackends(options: BackendsOptions): Promise<BackendsReport> {
  const started = await startRedisServer();
  const redis = typeof started === 'string' ? undefined : started;
  const startups = new Map<string, Startup>();
  const contenders = [loadContender('memory, 1 worker', 'state in memory (the default)', startups, undefined, { fvCustomers: options.fvCustomers })];
  if (redis) {
    contenders.push(
      loadContender('Redis, 1 worker', '`--state redis://…` (database 1)', startups, redis, { fvCustomers: options.fvCustomers, state: redis.url(1) }),
      loadContender('Redis, 2 workers', '`--state redis://…` (database 2) `--workers 2`', startups, redis, { fvCustomers: options.fvCustomers, state: redis.url(2), workers: 2 }),
    );
  }
  try {
    const running = await startAll(contenders);
    const oneWorker = running[1]?.running;
    const ops = redis && oneWorker ? await countOps(redis, oneWorker.origin('firstvision'), oneWorker.routes, options.data, options.workloads, options.opsRequests) : [];
    const columns = await measureAll(running, options.workloads, () => options.data, { seconds: options.seconds });
    const report: BackendsReport = { columns, startups, ops, ...(typeof started === 'string' ? { redisAbsent: started } : {}) };
    if (!redis) return report;
    report.redisRssMb = redis.rssMb();
    log(`Redis entities: ${options.scaleSizes.map((n) => n.toLocaleString('en')).join(' vs ')}`);
    const scaleData: Dataset[] = [];
    const scaleStarted = await startAll(
      options.scaleSizes.map((entities, index) => ({
        name: `Redis, ${entities.toLocaleString('en')} entities`,
        note: '',
        start: async () => {
          const target = await startClientela({ fvCustomers: Math.ceil(entities / 3), credereCustomers: entities, state: redis.url(3 + index) });
          scaleData[index] = await readDataset(target.url);
          return runningOne(target, await clientelaRoutes(target.url));
        },
      })),
    );
    const [small, big] = (await measureAll(scaleStarted, options.scaleWorkloads, (index) => scaleData[index] as Dataset, { seconds: options.seconds, rounds: options.rounds })) as [Column, Column];
    report.scale = { small, big, note: scaleNote(options, startups.get('Redis, 1 worker')) };
    return report;
  } finally {
    await redis?.stop();
  }
}
