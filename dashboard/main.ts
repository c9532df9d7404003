import { AdminClient, AdminError } from './admin-client.js';
import type { DashboardContext, View } from './context.js';
import { field, fill, h, select } from './dom.js';
import { contractsView } from './views/contracts-view.js';
import { faultsView } from './views/faults-view.js';
import { journalView } from './views/journal-view.js';
import { scenariosView } from './views/scenarios-view.js';
import { stateView } from './views/state-view.js';

type SandboxList = { sandboxes: Array<{ name: string }> };

function context(): DashboardContext {
  const body = document.body;
  const admin = new AdminClient(body.dataset.admin ?? '/__admin', new URLSearchParams(location.search).get('token'));
  const status = document.getElementById('status') as HTMLElement;
  const listeners: Array<(sandbox: string) => void> = [];
  const picker = select([['default', 'default']], 'default', { id: 'sandbox' });
  let current = new URLSearchParams(location.search).get('sandbox') ?? 'default';
  picker.addEventListener('change', () => {
    current = picker.value;
    for (const listener of listeners) listener(current);
  });
  fill(document.getElementById('sandbox-picker') as HTMLElement, field('Sandbox', picker));
  const say = (text: string) => {
    status.textContent = text;
  };
  const refreshSandboxes = async () => {
    const { sandboxes } = await admin.get<SandboxList>('/sandboxes');
    const names = sandboxes.map((s) => s.name);
    if (!names.includes(current)) names.push(current);
    fill(picker, ...names.map((name) => h('option', { value: name, selected: name === current }, name)));
  };
  const docs = `${body.dataset.docs ?? '/__docs'}${admin.token ? `?token=${encodeURIComponent(admin.token)}` : ''}`;
  return {
    admin, docs, say, refreshSandboxes,
    sandbox: () => current,
    onSandbox: (listener) => void listeners.push(listener),
    attempt: async (action) => {
      try {
        await action();
      } catch (error) {
        say(error instanceof AdminError ? `Error ${error.status}: ${error.message}` : `Error: ${(error as Error).message}`);
      }
    },
  };
}

/** The tab list (ARIA tabs: arrow keys, Home and End move between tabs; Enter or Space is not needed). */
function tabs(views: View[], show: (id: string) => void): HTMLElement {
  const list = h('div', { role: 'tablist', 'aria-label': 'Views' });
  for (const view of views) {
    const tab = h('button', { type: 'button', role: 'tab', id: `tab-${view.id}`, 'aria-controls': `panel-${view.id}`, 'aria-selected': 'false', tabindex: -1, onclick: () => show(view.id) }, view.title);
    list.appendChild(tab);
  }
  list.addEventListener('keydown', (event) => {
    const keys: Record<string, number> = { ArrowRight: 1, ArrowLeft: -1 };
    const all = [...list.querySelectorAll<HTMLButtonElement>('[role=tab]')];
    const at = all.indexOf(document.activeElement as HTMLButtonElement);
    if (at < 0) return;
    const next = event.key === 'Home' ? 0 : event.key === 'End' ? all.length - 1 : keys[event.key] === undefined ? -1 : (at + (keys[event.key] ?? 0) + all.length) % all.length;
    if (next < 0) return;
    event.preventDefault();
    all[next]?.focus();
    all[next]?.click();
  });
  return list;
}

async function start(): Promise<void> {
  const ctx = context();
  const views = [stateView(ctx), journalView(ctx), scenariosView(ctx), faultsView(ctx), contractsView(ctx)];
  const main = document.getElementById('view') as HTMLElement;
  let shown: View | undefined;
  const show = (id: string) => {
    const view = views.find((candidate) => candidate.id === id) ?? views[0];
    if (!view || view === shown) return;
    shown?.hide();
    shown = view;
    for (const other of views) {
      const tab = document.getElementById(`tab-${other.id}`);
      tab?.setAttribute('aria-selected', String(other === view));
      tab?.setAttribute('tabindex', other === view ? '0' : '-1');
      other.element.hidden = other !== view;
    }
    if (location.hash !== `#${view.id}`) history.replaceState(null, '', `${location.pathname}${location.search}#${view.id}`);
    document.title = `${view.title} · clientela dashboard`;
    view.show();
  };
  fill(document.getElementById('tabs') as HTMLElement, tabs(views, show));
  fill(main, ...views.map((view) => {
    view.element.id = `panel-${view.id}`;
    view.element.setAttribute('role', 'tabpanel');
    view.element.setAttribute('aria-labelledby', `tab-${view.id}`);
    view.element.hidden = true;
    return view.element;
  }));
  window.addEventListener('hashchange', () => show(location.hash.slice(1)));
  // The sandbox list fills in beside the first view, never before it.
  void ctx.attempt(ctx.refreshSandboxes);
  show(location.hash.slice(1));
  document.body.dataset.ready = 'true';
}

void start();
