import type { DashboardContext, View } from '../context.js';
import { field, fill, h, select } from '../dom.js';
import { browseTree, type BrowseNode } from './browse-tree.js';

type BrowseApi = { name: string; title: string; kinds: string[]; keys: Array<{ name: string; example: string }> };
type BrowsePage = { total: number; offset: number; limit: number; next: string | null; q: string | null; nodes: BrowseNode[] };

const PAGE = 20;
/** A burst of writes refreshes the page once. */
const REFRESH_MS = 250;

/**
 * State: one page of an API's root entities (or a search's results) of the chosen sandbox, as trees; it reloads
 * its page when a write reaches the sandbox (the journal stream says so), without reloading the dashboard.
 */
export function stateView(ctx: DashboardContext): View {
  const element = h('section', { class: 'view' }, h('h2', {}, 'State'));
  const apiSelect = select([], undefined, { id: 'state-api' });
  const kindSelect = select([], undefined, { id: 'state-kind' });
  const search = h('input', { id: 'state-search', type: 'search', autocomplete: 'off' });
  const hint = h('p', { id: 'state-hint', class: 'hint' });
  search.setAttribute('aria-describedby', 'state-hint');
  const results = h('div', { id: 'state-results', 'aria-live': 'polite' });
  const summary = h('p', { class: 'summary' });
  const previous = h('button', { type: 'button', disabled: true }, 'Previous page');
  const next = h('button', { type: 'button', disabled: true }, 'Next page');
  const form = h('form', { class: 'toolbar', role: 'search' }, field('API', apiSelect), field('Show', kindSelect), field('Search', search), h('button', { type: 'submit' }, 'Search'), h('button', { type: 'button', onclick: () => { search.value = ''; offset = 0; void load(); } }, 'Clear'));
  element.append(form, hint, summary, results, h('div', { class: 'pager' }, previous, next));
  const open = new Set<string>();
  let apis: BrowseApi[] = [];
  let offset = 0;
  let stream: EventSource | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const load = () => ctx.attempt(async () => {
    const api = apiSelect.value;
    if (!api) return;
    const term = search.value.trim();
    const page = await ctx.admin.get<BrowsePage>(`/browse/${encodeURIComponent(api)}`, { sandbox: ctx.sandbox(), kind: kindSelect.value, q: term || undefined, offset: term ? undefined : offset, limit: PAGE });
    fill(results, page.nodes.length ? browseTree(page.nodes, open) : h('p', {}, term ? 'Nothing matches the search.' : 'Nothing yet.'));
    // The term is not echoed: it may be a full card number or CPF.
    summary.textContent = term ? `${page.total} found` : `${page.total === 0 ? 0 : page.offset + 1}–${page.offset + page.nodes.length} of ${page.total} ${kindSelect.value}`;
    previous.disabled = Boolean(term) || offset === 0;
    next.disabled = page.next === null;
  });
  const describe = () => {
    const api = apis.find((candidate) => candidate.name === apiSelect.value);
    fill(kindSelect, ...(api?.kinds ?? []).map((kind) => h('option', { value: kind }, kind)));
    hint.textContent = api ? `Search by ${api.keys.map((key) => `${key.name} (${key.example})`).join(', ')}.` : '';
  };
  const listen = () => {
    stream?.close();
    stream = ctx.admin.stream({ sandbox: ctx.sandbox() });
    stream.addEventListener('request', (event) => {
      const entry = JSON.parse((event as MessageEvent<string>).data) as { method: string };
      if (entry.method === 'GET' || entry.method === 'HEAD') return;
      clearTimeout(timer);
      timer = setTimeout(() => void load(), REFRESH_MS);
    });
  };

  apiSelect.addEventListener('change', () => {
    describe();
    offset = 0;
    void load();
  });
  kindSelect.addEventListener('change', () => {
    offset = 0;
    void load();
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    offset = 0;
    void load();
  });
  previous.addEventListener('click', () => {
    offset = Math.max(0, offset - PAGE);
    void load();
  });
  next.addEventListener('click', () => {
    offset += PAGE;
    void load();
  });
  ctx.onSandbox(() => {
    offset = 0;
    if (!element.hidden) {
      listen();
      void load();
    }
  });

  return {
    id: 'state', title: 'State', element,
    show: () => void ctx.attempt(async () => {
      if (!apis.length) {
        apis = (await ctx.admin.get<{ apis: BrowseApi[] }>('/browse')).apis;
        fill(apiSelect, ...apis.map((api) => h('option', { value: api.name }, api.title)));
        describe();
      }
      listen();
      await load();
    }),
    hide: () => {
      stream?.close();
      stream = undefined;
    },
  };
}
