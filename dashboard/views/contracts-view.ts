import type { DashboardContext, View } from '../context.js';
import { fill, h, jsonBlock } from '../dom.js';

type Operation = { api: string; operationId: string; method: string; path: string; summary: string };
type Contracts = { docs: string; apis: Array<{ name: string; title: string }>; operations: Operation[] };

/** Contracts: a link to the interactive docs and, per operation, its contract and an example `curl`. */
export function contractsView(ctx: DashboardContext): View {
  const list = h('div', { class: 'contracts' });
  const element = h('section', { class: 'view' }, h('h2', {}, 'Contracts'),
    h('p', {}, 'Try every operation in the ', h('a', { href: ctx.docs }, 'interactive API docs (/__docs)'), '. Card numbers and documents in the examples are masked: put real ones before running a command.'),
    list);

  const operationView = (op: Operation): HTMLElement => {
    const body = h('div', {});
    const details = h('details', { 'data-operation': op.operationId }, h('summary', {}, h('span', { class: 'method' }, op.method), ' ', h('span', { class: 'path' }, op.path), ' ', h('span', { class: 'op' }, `${op.operationId}: ${op.summary}`)), body);
    details.addEventListener('toggle', () => {
      if (!details.open || body.childElementCount) return;
      void ctx.attempt(async () => {
        const answer = await ctx.admin.get<{ curl: string; contract: unknown }>(`/contracts/${encodeURIComponent(op.api)}/${encodeURIComponent(op.operationId)}`);
        const copy = h('button', { type: 'button', onclick: () => void navigator.clipboard?.writeText(answer.curl).then(() => ctx.say('Copied.')) }, `Copy the curl of ${op.operationId}`);
        fill(body, h('h4', {}, 'Example request'), h('pre', { class: 'curl', tabindex: 0, 'aria-label': `curl for ${op.operationId}` }, answer.curl), copy, h('h4', {}, 'Contract'), jsonBlock(answer.contract, `Contract of ${op.operationId}`));
      });
    });
    return h('li', {}, details);
  };

  return {
    id: 'contracts', title: 'Contracts', element,
    show: () => void ctx.attempt(async () => {
      if (list.childElementCount) return;
      const contracts = await ctx.admin.get<Contracts>('/contracts');
      fill(list, ...contracts.apis.map((api) => h('section', {}, h('h3', {}, api.title), h('ul', { class: 'operations' }, ...contracts.operations.filter((op) => op.api === api.name).map(operationView)))));
    }),
    hide: () => undefined,
  };
}
