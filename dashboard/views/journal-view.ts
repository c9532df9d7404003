import type { DashboardContext, View } from '../context.js';
import { field, fill, h, select } from '../dom.js';
import { journalEntryView, type Entry } from './journal-entry-view.js';

/** Entries the list keeps; older ones leave as new ones arrive (the server's journal keeps more: page it there). */
export const JOURNAL_SHOWN = 200;

type Operation = { api: string; operationId: string; path: string };
type Filters = Record<string, string | undefined>;

/** The count matcher as a form: `POST /__admin/requests/count`. */
function countForm(ctx: DashboardContext, operations: () => Operation[]): HTMLElement {
  const method = h('input', { id: 'count-method', placeholder: 'POST', autocomplete: 'off' });
  const path = h('input', { id: 'count-path', placeholder: '/credere/api/v1/customers', autocomplete: 'off' });
  const operation = h('input', { id: 'count-operation', list: 'operation-ids', autocomplete: 'off' });
  const status = h('input', { id: 'count-status', type: 'number', min: 100, max: 599 });
  const body = h('input', { id: 'count-body', autocomplete: 'off' });
  const answer = h('output', { id: 'count-answer', for: 'count-method count-path count-operation count-status count-body' });
  const datalist = h('datalist', { id: 'operation-ids' });
  const form = h('form', { class: 'toolbar', 'aria-labelledby': 'count-title' },
    field('Method', method), field('Path contains', path), field('Operation', operation), field('Status', status), field('Body contains', body),
    h('button', { type: 'submit' }, 'Count'), answer, datalist);
  form.addEventListener('focusin', () => {
    if (!datalist.childElementCount) for (const op of operations()) datalist.append(h('option', { value: op.operationId }));
  }, { once: true });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void ctx.attempt(async () => {
      const matcher: Record<string, string | number> = { sandbox: ctx.sandbox() };
      if (method.value) matcher.method = method.value.toUpperCase();
      if (path.value) matcher.path = path.value;
      if (operation.value) matcher.operationId = operation.value;
      if (status.value) matcher.status = Number(status.value);
      if (body.value) matcher.bodyContains = body.value;
      const { count } = await ctx.admin.call<{ count: number }>('POST', '/requests/count', {}, matcher);
      answer.textContent = `${count} matching request${count === 1 ? '' : 's'} in sandbox ${ctx.sandbox()}`;
    });
  });
  return h('section', {}, h('h3', { id: 'count-title' }, 'Count requests (was it called N times?)'), form);
}

/**
 * Journal: the masked request journal of the chosen sandbox (or all), newest first, one page loaded and then live
 * from `GET /__admin/requests/stream`, filterable; each entry opens to its request and answer.
 */
export function journalView(ctx: DashboardContext): View {
  let operations: Operation[] = [];
  let mounts: Array<[string, string]> = [];
  const api = select([['', 'any API']], '', { id: 'journal-api' });
  const operation = select([['', 'any operation']], '', { id: 'journal-operation' });
  const status = h('input', { id: 'journal-status', type: 'number', min: 100, max: 599, inputmode: 'numeric' });
  const scope = select([['chosen', 'the chosen sandbox'], ['all', 'every sandbox']], 'chosen', { id: 'journal-scope' });
  const form = h('form', { class: 'toolbar', 'aria-label': 'Journal filters' }, field('API', api), field('Operation', operation), field('Status', status), field('Sandbox', scope), h('button', { type: 'submit' }, 'Filter'));
  const live = h('p', { class: 'summary' });
  const list = h('ol', { id: 'journal-list', class: 'journal', reversed: true });
  const element = h('section', { class: 'view' }, h('h2', {}, 'Journal'), form, live, list, countForm(ctx, () => operations));
  let stream: EventSource | undefined;

  const filters = (): Filters => ({
    sandbox: scope.value === 'chosen' ? ctx.sandbox() : undefined,
    operationId: operation.value || undefined,
    status: status.value || undefined,
    path: api.value ? mounts.find(([name]) => name === api.value)?.[1] : undefined,
  });
  const add = (entry: Entry) => {
    list.prepend(journalEntryView(entry));
    while (list.childElementCount > JOURNAL_SHOWN) list.lastElementChild?.remove();
  };
  const load = () => ctx.attempt(async () => {
    stream?.close();
    const query = filters();
    const page = await ctx.admin.get<{ total: number; requests: Entry[] }>('/requests', { ...query, limit: 50 });
    fill(list, ...page.requests.map(journalEntryView));
    live.textContent = `${page.total} recorded; newest first, live.`;
    stream = ctx.admin.stream(query);
    stream.addEventListener('request', (event) => add(JSON.parse((event as MessageEvent<string>).data) as Entry));
    stream.addEventListener('dropped', (event) => ctx.say(`The journal stream dropped ${(JSON.parse((event as MessageEvent<string>).data) as { dropped: number }).dropped} entries (the page fell behind).`));
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void load();
  });
  ctx.onSandbox(() => {
    if (!element.hidden) void load();
  });
  return {
    id: 'journal', title: 'Journal', element,
    show: () => void ctx.attempt(async () => {
      if (!operations.length) {
        const contracts = await ctx.admin.get<{ apis: Array<{ name: string; title: string; mount: string }>; operations: Operation[] }>('/contracts');
        operations = contracts.operations;
        mounts = contracts.apis.map((a) => [a.name, `${a.mount}/`]);
        fill(api, h('option', { value: '' }, 'any API'), ...contracts.apis.map((a) => h('option', { value: a.name }, a.title)));
        fill(operation, h('option', { value: '' }, 'any operation'), ...operations.map((op) => h('option', { value: op.operationId }, `${op.api} ${op.operationId}`)));
      }
      await load();
    }),
    hide: () => {
      stream?.close();
      stream = undefined;
    },
  };
}
