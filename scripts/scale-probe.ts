// Investigation of the 1,000 vs 1,000,000 Credere find figure: two servers, many alternating rounds, GC traced.
import { readDataset } from '../bench/dataset.js';
import { measure } from '../bench/measure.js';
import { clientelaRoutes, startClientela } from '../bench/peers/clientela.js';
import { requestsOf, workloads } from '../bench/workloads.js';

const rounds = Number(process.env.ROUNDS ?? 8);
const big = Number(process.env.BIG ?? 1_000_000);
const find = workloads.find((w) => w.name.startsWith('Credere find'))!;
const sizes = [1_000, big];
const targets = [];
for (const n of sizes) {
  const t0 = Date.now();
  const target = await startClientela({ fvCustomers: 0, credereCustomers: n, nodeArgs: ['--trace-gc'] });
  const data = await readDataset(target.url);
  targets.push({ n, target, data, routes: await clientelaRoutes(target.url), means: [] as number[], rps: [] as number[], gc: [] as string[] });
  console.error(`started ${n} in ${Date.now() - t0} ms rss ${target.rssMb()} MB`);
}
for (let r = 0; r < rounds; r++) {
  const order = r % 2 ? [...targets].reverse() : targets;
  for (const t of order) {
    const before = t.target.lines.length;
    const f = await measure({ origin: t.target.url, next: requestsOf(find, t.routes, t.data), seconds: 3, warmupSeconds: 1 });
    const gcs = t.target.lines.slice(before).filter((l) => /Mark-Compact|Scavenge|Mark-sweep/.test(l));
    const ms = gcs.map((l) => Number(/,\s*([\d.]+)\s*\/\s*[\d.]+ ms/.exec(l)?.[1] ?? 0));
    const major = gcs.filter((l) => /Mark-Compact|Mark-sweep/.test(l));
    t.means.push(f.meanMs);
    t.rps.push(f.requestsPerSecond);
    console.error(`round ${r} ${t.n}: ${f.requestsPerSecond} req/s mean ${f.meanMs} p99 ${f.p99Ms}; GCs ${gcs.length} (major ${major.length}), gc ms ${ms.reduce((a, b) => a + b, 0).toFixed(0)}; ${major.map((l) => l.slice(0, 140)).join(' || ')}`);
  }
}
const med = (a: number[]) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)];
for (const t of targets) console.log(`${t.n}: means ${t.means.join(', ')}; median ${med(t.means)}; rps median ${med(t.rps)}`);
console.log(`ratio of medians ${(med(targets[1]!.means)! / med(targets[0]!.means)!).toFixed(2)}`);
for (const t of targets) await t.target.stop();
