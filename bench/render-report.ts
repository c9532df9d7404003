import type { Figures } from './measure.js';
import type { GcSummary } from './gc-summary.js';
import { renderScale } from './render-backends.js';
import type { Workload } from './workloads.js';

export type Cell = Figures;
/** One target's figures by workload name, or why it was not measured. */
export type Column = { name: string; note: string; notMeasured?: string; cells: Map<string, Cell>; startMs?: number; rssMb?: number };

export type Report = {
  seconds: number;
  customers: number;
  columns: Column[];
  scale: { small: Column; big: Column; workloads: readonly Workload[]; gc: GcSummary[] };
  load100k: { startMs: number; rssMb: number; line: string };
  engine: { contracts: number; coldMs: number; warmMs: number };
  machine: string;
  state: string;
};

const n = (value: number): string => value.toLocaleString('en');
const row = (cells: Array<string | number>): string => `| ${cells.join(' | ')} |\n`;
const ratio = (a: number | undefined, b: number | undefined): string => (a && b ? `${(a / b).toFixed(2)} ×` : '–');

function ratios(report: Report): string {
  const [clientela, ...others] = report.columns;
  if (!clientela) return '';
  let text = row(['Workload', 'clientela req/s', ...others.map((peer) => `÷ ${peer.name}`)]);
  text += row(['---', '---:', ...others.map(() => '---:')]);
  for (const name of clientela.cells.keys()) {
    const mine = clientela.cells.get(name)?.requestsPerSecond;
    text += row([name, n(mine ?? 0), ...others.map((peer) => (peer.notMeasured ? 'not measured' : ratio(mine, peer.cells.get(name)?.requestsPerSecond)))]);
  }
  return text;
}

function details(report: Report): string {
  let text = row(['Target', 'Workload', 'req/s', 'p50 ms', 'p99 ms', 'p99.9 ms', 'non-2xx / errors']) + row(['---', '---', '---:', '---:', '---:', '---:', '---:']);
  for (const column of report.columns) {
    if (column.notMeasured) text += row([column.name, `not measured: ${column.notMeasured.replace(/\|/g, '/')}`, '', '', '', '', '']);
    for (const [name, f] of column.cells) text += row([column.name, name, n(f.requestsPerSecond), f.p50Ms, f.p99Ms, f.p999Ms, `${n(f.non2xx)} / ${n(f.errors)}`]);
  }
  return text;
}

function targets(report: Report): string {
  let text = row(['Target', 'start-up to listening', 'RSS after its run', 'set-up']) + row(['---', '---:', '---:', '---']);
  for (const c of report.columns) text += row([c.name, c.startMs === undefined ? '–' : `${n(c.startMs)} ms`, c.rssMb === undefined ? '–' : `${n(c.rssMb)} MB`, c.note]);
  return text;
}

function scale(report: Report): string {
  const { small, big, workloads, gc } = report.scale;
  return renderScale(small, big, workloads, gc);
}

/** The benchmark's Markdown: ratios to the peers, every figure, the targets, scale and start-up. */
export function renderReport(report: Report): string {
  const when = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
  return [
    `## clientela benchmark, ${when}`,
    '',
    `${report.machine}. autocannon, 20 connections, ${report.seconds} s per figure after a warm-up; every target in its own process; clientela state: ${report.state}. ` +
      `Records: ${n(report.customers)} FirstVision customers (the load-100k scenario: one account and one card each) and ${n(report.customers)} Credere customers; ` +
      'a read picks a random customer per request (seeded: every target gets the same sequence), a create a new random CPF; the mix is 90 % finds, 10 % creates.',
    '',
    '### clientela throughput as a ratio to each peer (above 1 × : clientela answers more requests per second)',
    '',
    ratios(report),
    '### Every figure',
    '',
    details(report),
    '### Targets',
    '',
    targets(report),
    '### Latency against the number of stored entities',
    '',
    scale(report),
    '### Start-up',
    '',
    `- \`clientela serve --scenario load-100k\` (100,000 customers, accounts and cards): listening after ${n(report.load100k.startMs)} ms, RSS ${n(report.load100k.rssMb)} MB (${report.load100k.line.trim()})`,
    `- contract engine: ${report.engine.contracts} contracts loaded, checked and compiled in ${report.engine.coldMs} ms cold, ${report.engine.warmMs} ms from the validator cache`,
    '',
  ].join('\n');
}
