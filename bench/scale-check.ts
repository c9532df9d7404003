import { type Dataset, readDataset } from './dataset.js';
import { type GcSummary, gcSummary } from './gc-summary.js';
import { measureAll, startAll } from './measure-all.js';
import { clientelaRoutes, startClientela } from './peers/clientela.js';
import { runningOne } from './peers/running.js';
import type { Column } from './render-report.js';
import type { Workload } from './workloads.js';

export type ScaleCheck = { small: Column; big: Column; gc: GcSummary[] };
export type ScaleOptions = { sizes: [number, number]; list: readonly Workload[]; seconds: number; rounds: number; state?: string; nodeArgs?: string[] };

const notGc = (line: string): boolean => !/ms: (Scavenge|Mark-Compact|Mark-sweep|Minor)/.test(line);

/**
 * Two `clientela serve` holding `sizes` entities of each API (FirstVision: customers with one account and one card,
 * a third as many customers; Credere: customers), measured in alternating rounds, each under `node --trace-gc`
 * (one line per collection) to see whether a big heap's collections explain a slower big server.
 */
export async function scaleCheck(options: ScaleOptions): Promise<ScaleCheck> {
  const data: Dataset[] = [];
  const traced: Array<{ lines: string[]; from: number }> = [];
  const started = await startAll(
    options.sizes.map((entities, index) => ({
      name: `clientela, ${entities.toLocaleString('en')} entities`,
      note: '',
      start: async () => {
        const target = await startClientela({ fvCustomers: Math.ceil(entities / 3), credereCustomers: entities, nodeArgs: ['--trace-gc', ...(options.nodeArgs ?? [])], ...(options.state ? { state: options.state } : {}) });
        try {
          data[index] = await readDataset(target.url);
        } catch (error) {
          const exited = target.child.exitCode !== null || target.child.signalCode !== null;
          await target.stop();
          throw new Error(`${(error as Error).message}${exited ? ` (the server exited: ${target.lines.filter(notGc).slice(-2).join(' / ')})` : ''}`);
        }
        traced[index] = { lines: target.lines, from: target.lines.length };
        return runningOne(target, await clientelaRoutes(target.url));
      },
    })),
  );
  const [small, big] = (await measureAll(started, options.list, (index) => data[index] as Dataset, { seconds: options.seconds, rounds: options.rounds })) as [Column, Column];
  return { small, big, gc: traced.map((t) => (t ? gcSummary(t.lines.slice(t.from)) : { scavenges: 0, majors: 0, pauseMs: 0, majorPauseMs: 0 })) };
}
