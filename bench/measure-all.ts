import type { Dataset } from './dataset.js';
import { type Figures, measure } from './measure.js';
import type { Running } from './peers/running.js';
import type { Column } from './render-report.js';
import { requestsOf, type Workload } from './workloads.js';

export type Contender = { name: string; note: string; start: () => Promise<Running> };
export type Started = { column: Column; running?: Running };

const log = (line: string): void => void process.stderr.write(`${line}\n`);

/** Starts each contender in turn (so start-up times are not shared); one that cannot start is "not measured". */
export async function startAll(contenders: Contender[]): Promise<Started[]> {
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

/** The figures of the round whose mean latency is the median one, with every round's mean kept beside it. */
function medianRound(rounds: Figures[]): Figures {
  const median = [...rounds].sort((a, b) => a.meanMs - b.meanMs)[Math.floor(rounds.length / 2)] as Figures;
  return rounds.length > 1 ? { ...median, roundMeansMs: rounds.map((round) => round.meanMs) } : median;
}

export type MeasureOptions = { seconds: number; rounds?: number; keepRunning?: boolean };

/**
 * Runs each workload on every started target back to back (all targets stay up, idle while another is measured),
 * so a ratio compares figures taken seconds apart on a machine whose speed drifts; with `rounds` > 1 the order
 * alternates each round and the median round is kept. Then stops them (unless `keepRunning`).
 */
export async function measureAll(started: Started[], list: readonly Workload[], dataOf: (index: number) => Dataset, options: MeasureOptions): Promise<Column[]> {
  try {
    for (const workload of list) {
      log(workload.name);
      const kept = started.map((): Figures[] => []);
      for (let round = 0; round < (options.rounds ?? 1); round++) {
        const order = [...started.keys()];
        if (round % 2 === 1) order.reverse();
        for (const index of order) {
          const { column, running } = started[index] as Started;
          if (!running) continue;
          const figures = await measure({ origin: running.origin(workload.api), next: requestsOf(workload, running.routes, dataOf(index)), seconds: options.seconds, warmupSeconds: 1 });
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
    if (!options.keepRunning) for (const { running } of started) await running?.stop();
  }
  return started.map(({ column }) => column);
}
