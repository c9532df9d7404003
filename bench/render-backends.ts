import type { BackendsReport } from './backends.js';
import type { GcSummary } from './gc-summary.js';
import type { Column } from './render-report.js';
import type { Workload } from './workloads.js';

const n = (value: number): string => value.toLocaleString('en');
const row = (cells: Array<string | number>): string => `| ${cells.join(' | ')} |\n`;
const rounds = (means: number[] | undefined): string => (means ? ` (rounds ${means.join(', ')})` : '');

function figures(report: BackendsReport): string {
  let text = row(['Backend', 'Workload', 'req/s', 'p50 ms', 'p99 ms', 'p99.9 ms', 'non-2xx / errors']) + row(['---', '---', '---:', '---:', '---:', '---:', '---:']);
  for (const column of report.columns) {
    if (column.notMeasured) text += row([column.name, `not measured: ${column.notMeasured.replace(/\|/g, '/')}`, '', '', '', '', '']);
    for (const [name, f] of column.cells) text += row([column.name, name, n(f.requestsPerSecond), f.p50Ms, f.p99Ms, f.p999Ms, `${n(f.non2xx)} / ${n(f.errors)}`]);
  }
  return text;
}

function startups(report: BackendsReport): string {
  let text = row(['Backend', '`serve --scenario load-100k` listening after', 'RSS after load', 'RSS after the workloads', 'Redis used_memory grown by', 'set-up']) + row(['---', '---:', '---:', '---:', '---:', '---']);
  for (const column of report.columns) {
    const s = report.startups.get(column.name);
    text += row([column.name, s ? `${n(s.startMs)} ms` : '–', s ? `${n(s.rssMb)} MB` : '–', column.rssMb === undefined ? '–' : `${n(column.rssMb)} MB`, s?.redisMb === undefined ? '–' : `${n(Math.round(s.redisMb))} MB`, column.note]);
  }
  return text;
}

function ops(report: BackendsReport): string {
  if (report.ops.length === 0) return '';
  let text = row(['Workload (Redis, 1 worker, journal on)', 'requests sent one at a time', 'Redis commands per request', 'most frequent, per request']) + row(['---', '---:', '---:', '---']);
  for (const count of report.ops) text += row([count.workload, n(count.requests), count.perRequest, count.top]);
  return `${text}\n`;
}

/** The 1,000-vs-many check of one backend: median round's mean and p99, every round's mean, within 1.5×. */
export function scaleRows(small: Column, big: Column, list: readonly Workload[]): string {
  const rss = (c: Column): string => (c.rssMb === undefined ? '' : `, RSS ${n(c.rssMb)} MB`);
  let text = row(['Workload', `${small.name}${rss(small)}: mean / p99 ms`, `${big.name}${rss(big)}: mean / p99 ms`, 'mean ratio', 'within 1.5×']) + row(['---', '---:', '---:', '---:', '---']);
  for (const workload of list) {
    const a = small.cells.get(workload.name);
    const b = big.cells.get(workload.name);
    const within = a && b ? (b.meanMs <= a.meanMs * 1.5 ? 'yes' : '**NO**') : 'not measured';
    const ratio = a && b ? `${(b.meanMs / a.meanMs).toFixed(2)} ×` : '–';
    text += row([workload.name, a ? `${a.meanMs} / ${a.p99Ms}${rounds(a.roundMeansMs)}` : (small.notMeasured ?? '–'), b ? `${b.meanMs} / ${b.p99Ms}${rounds(b.roundMeansMs)}` : (big.notMeasured ?? '–'), ratio, within]);
  }
  return text;
}

/** The 1,000-vs-many table with the collections traced while it was measured. */
export function renderScale(small: Column, big: Column, list: readonly Workload[], gc: readonly GcSummary[]): string {
  const traced = [small, big].map((column, index) => {
    const g = gc[index];
    return g && !column.notMeasured ? `${column.name}: ${n(g.scavenges)} scavenges, ${n(g.majors)} mark-compacts (${n(Math.round(g.majorPauseMs))} ms), ${n(Math.round(g.pauseMs))} ms of pauses in all` : '';
  });
  return `${scaleRows(small, big, list)}\nCollections while measured (\`node --trace-gc\`, warm-ups included): ${traced.filter(Boolean).join('; ') || 'none traced'}.\n`;
}

/** The state-backend section of the report: memory vs Redis, 1 vs 2 workers, Redis commands, Redis at scale. */
export function renderBackends(report: BackendsReport, scaleWorkloads: readonly Workload[], fvCustomers: number): string {
  const absent = report.redisAbsent ? `Redis: not measured: ${report.redisAbsent}.\n\n` : '';
  const redis = report.redisRssMb === undefined ? '' : `The bench's own \`redis-server\` (no persistence) held ${n(report.redisRssMb)} MB RSS after these workloads (both Redis databases).\n\n`;
  const scale = report.scale ? `#### Latency against the number of stored entities, Redis backend\n\n${report.scale.note}\n\n${scaleRows(report.scale.small, report.scale.big, scaleWorkloads)}\n` : '';
  return [
    '### State backends: memory vs Redis, 1 worker vs 2',
    '',
    `${absent}Each backend runs \`clientela serve --scenario load-100k\` (${n(fvCustomers)} FirstVision customers with an account and a card each); the same workloads back to back on each (RSS: every process of the target, workers included).`,
    '',
    figures(report),
    startups(report),
    redis + ops(report) + scale,
  ].join('\n');
}
