import type { DashboardContext, View } from '../context.js';
import { field, fill, h, jsonBlock, select } from '../dom.js';

type Latency = { fixedMs: number } | { minMs: number; maxMs: number };
type Rule = { operationId?: string; errorRate?: number; errorStatus?: number; latency?: Latency };
type Settings = { latency?: Latency; errorRate?: number; errorStatus?: number; rules?: Rule[] };
type Faults = { sandbox: string; active: boolean; settings: Settings };

let rowCount = 0;

function latencyOf(min: string, max: string): Latency | undefined {
  if (min === '' && max === '') return undefined;
  if (max === '' || min === max) return { fixedMs: Number(min || max) };
  return { minMs: Number(min || 0), maxMs: Number(max) };
}

function bounds(latency: Latency | undefined): [string, string] {
  if (!latency) return ['', ''];
  return 'fixedMs' in latency ? [String(latency.fixedMs), ''] : [String(latency.minMs), String(latency.maxMs)];
}

/** One per-operation rule as a row of inputs. */
function ruleRow(operations: string[], rule: Rule): { element: HTMLElement; value: () => Rule } {
  const n = ++rowCount;
  const operation = select([['', 'choose…'], ...operations.map((op): [string, string] => [op, op])], rule.operationId, { id: `rule-op-${n}` });
  const rate = h('input', { id: `rule-rate-${n}`, type: 'number', min: 0, max: 1, step: 0.05, value: rule.errorRate === undefined ? undefined : String(rule.errorRate) });
  const status = select([['', 'API default'], ['500', '500'], ['503', '503']], rule.errorStatus === undefined ? '' : String(rule.errorStatus), { id: `rule-status-${n}` });
  const delay = h('input', { id: `rule-delay-${n}`, type: 'number', min: 0, max: 60000, value: bounds(rule.latency)[0] || undefined });
  const element = h('fieldset', { class: 'rule' }, h('legend', {}, `Rule ${n}`), field('Operation', operation), field('Error rate (0 to 1)', rate), field('Error status', status), field('Latency (ms)', delay));
  element.append(h('button', { type: 'button', onclick: () => element.remove() }, `Remove rule ${n}`));
  return {
    element,
    value: () => ({
      ...(operation.value ? { operationId: operation.value } : {}),
      ...(rate.value ? { errorRate: Number(rate.value) } : {}),
      ...(status.value ? { errorStatus: Number(status.value) } : {}),
      ...(delay.value ? { latency: { fixedMs: Number(delay.value) } } : {}),
    }),
  };
}

/** Faults of the chosen sandbox: latency, error rate and per-operation rules (`GET`, `PUT`, `DELETE /__admin/faults`). */
export function faultsView(ctx: DashboardContext): View {
  let operations: string[] = [];
  let rows: Array<ReturnType<typeof ruleRow>> = [];
  const min = h('input', { id: 'fault-min', type: 'number', min: 0, max: 60000 });
  const max = h('input', { id: 'fault-max', type: 'number', min: 0, max: 60000 });
  const rate = h('input', { id: 'fault-rate', type: 'number', min: 0, max: 1, step: 0.05 });
  const status = select([['', 'API default (500)'], ['500', '500'], ['503', '503']], '', { id: 'fault-status' });
  const rules = h('div', { class: 'rules' });
  const current = h('div', { id: 'fault-current' });
  const add = h('button', { type: 'button' }, 'Add a per-operation rule');
  const clear = h('button', { type: 'button' }, 'Clear every fault');
  const form = h('form', { 'aria-label': 'Fault settings' },
    h('div', { class: 'toolbar' }, field('Latency from (ms)', min), field('Latency to (ms)', max), field('Error rate (0 to 1)', rate), field('Error status', status)),
    rules, h('div', { class: 'toolbar' }, add, h('button', { type: 'submit' }, 'Save faults'), clear));
  const element = h('section', { class: 'view' }, h('h2', {}, 'Faults'), form, h('h3', {}, 'In force'), current);

  const render = (faults: Faults) => {
    const [from, to] = bounds(faults.settings.latency);
    min.value = from;
    max.value = to;
    rate.value = faults.settings.errorRate === undefined ? '' : String(faults.settings.errorRate);
    status.value = faults.settings.errorStatus === undefined ? '' : String(faults.settings.errorStatus);
    rows = (faults.settings.rules ?? []).map((rule) => ruleRow(operations, rule));
    fill(rules, ...rows.map((row) => row.element));
    fill(current, h('p', {}, faults.active ? `Faults are active in sandbox ${faults.sandbox}.` : `No fault in sandbox ${faults.sandbox}.`), jsonBlock(faults.settings, 'Fault settings in force'));
  };
  const load = () => ctx.attempt(async () => render(await ctx.admin.get<Faults>('/faults', { sandbox: ctx.sandbox() })));
  add.addEventListener('click', () => {
    const row = ruleRow(operations, {});
    rows.push(row);
    rules.append(row.element);
    row.element.querySelector('select')?.focus();
  });
  clear.addEventListener('click', () => void ctx.attempt(async () => {
    render(await ctx.admin.call<Faults>('DELETE', '/faults', { sandbox: ctx.sandbox() }));
    ctx.say('Faults cleared.');
  }));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void ctx.attempt(async () => {
      const latency = latencyOf(min.value, max.value);
      const settings: Settings = {
        ...(latency ? { latency } : {}),
        ...(rate.value ? { errorRate: Number(rate.value) } : {}),
        ...(status.value ? { errorStatus: Number(status.value) } : {}),
        rules: rows.filter((row) => row.element.isConnected).map((row) => row.value()),
      };
      render(await ctx.admin.call<Faults>('PUT', '/faults', { sandbox: ctx.sandbox() }, settings));
      ctx.say('Faults saved.');
    });
  });
  ctx.onSandbox(() => {
    if (!element.hidden) void load();
  });
  return {
    id: 'faults', title: 'Faults', element,
    show: () => void ctx.attempt(async () => {
      if (!operations.length) operations = (await ctx.admin.get<{ operations: Array<{ operationId: string }> }>('/contracts')).operations.map((op) => op.operationId);
      await load();
    }),
    hide: () => undefined,
  };
}
