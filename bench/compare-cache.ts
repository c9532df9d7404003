import { readDataset } from './dataset.js';
import { measure } from './measure.js';
import { clientelaRoutes, startClientela } from './peers/clientela.js';
import { requestsOf, workloads } from './workloads.js';

// Response cache on vs off, two servers loaded alike side by side, measured in alternation (rounds × 3 s) so the
// machine's drift hits both: `node dist/bench/compare-cache.js`. Medians per workload.
const rounds = Number(process.env.ROUNDS ?? 3);
const [on, off] = await Promise.all([startClientela({ fvCustomers: 100_000, credereCustomers: 100_000 }), startClientela({ fvCustomers: 100_000, credereCustomers: 100_000, env: { CLIENTELA_RESPONSE_CACHE: '0' } })]);
const targets = await Promise.all([on, off].map(async (t) => ({ t, data: await readDataset(t.url), routes: await clientelaRoutes(t.url) })));
const figures = new Map<string, { on: number[]; off: number[] }>();
for (let round = 0; round < rounds; round++) {
  for (const workload of workloads.filter((w) => w.name.includes('random') || w.name.startsWith('Mixed') || w.name === 'FirstVision Customer Add')) {
    const kept = figures.get(workload.name) ?? { on: [], off: [] };
    figures.set(workload.name, kept);
    for (const [i, side] of (round % 2 ? [1, 0] : [0, 1]).entries()) {
      const { t, data, routes } = targets[side] as (typeof targets)[number];
      const result = await measure({ origin: t.url, next: requestsOf(workload, routes, data), seconds: 3, warmupSeconds: i === 0 ? 1 : 1 });
      (side === 0 ? kept.on : kept.off).push(result.requestsPerSecond);
      process.stderr.write(`${round} ${workload.name} cache ${side === 0 ? 'on' : 'off'}: ${result.requestsPerSecond} req/s, p99 ${result.p99Ms} ms\n`);
    }
  }
}
const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;
process.stdout.write('| Workload | cache on req/s (median) | cache off req/s (median) | off ÷ on | rounds on | rounds off |\n| --- | ---: | ---: | ---: | --- | --- |\n');
for (const [name, f] of figures) process.stdout.write(`| ${name} | ${median(f.on)} | ${median(f.off)} | ${(median(f.off) / median(f.on)).toFixed(2)} × | ${f.on.join(', ')} | ${f.off.join(', ')} |\n`);
await Promise.all([on.stop(), off.stop()]);
