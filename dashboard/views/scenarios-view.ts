import type { DashboardContext, View } from '../context.js';
import { field, fill, h, jsonBlock } from '../dom.js';

type Parameter = { type?: string; default?: unknown; description?: string };
type Scenario = { name: string; description: string; parameters: Record<string, Parameter> };
type Sandbox = { name: string; idleSeconds: number; tables: Record<string, number> };

/** A scenario with one input per parameter and a Load button: `POST /__admin/scenarios/{name}`. */
function scenarioForm(ctx: DashboardContext, scenario: Scenario, report: HTMLElement): HTMLElement {
  const inputs = Object.entries(scenario.parameters).map(([name, spec]) => {
    const input = h('input', { id: `param-${scenario.name}-${name}`, name, type: spec.type === 'integer' || spec.type === 'number' ? 'number' : 'text', value: spec.default === undefined ? undefined : String(spec.default) });
    return { name, spec, input };
  });
  const form = h('form', { class: 'scenario', 'aria-label': `Scenario ${scenario.name}` },
    h('h4', {}, scenario.name), h('p', {}, scenario.description),
    ...inputs.map(({ name, spec, input }) => field(`${name}${spec.description ? ` (${spec.description})` : ''}`, input)),
    h('button', { type: 'submit' }, `Load ${scenario.name}`));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void ctx.attempt(async () => {
      const params: Record<string, unknown> = {};
      for (const { name, spec, input } of inputs) if (input.value !== '') params[name] = spec.type === 'integer' || spec.type === 'number' ? Number(input.value) : input.value;
      ctx.say(`Loading ${scenario.name} into ${ctx.sandbox()}…`);
      const result = await ctx.admin.call<unknown>('POST', `/scenarios/${encodeURIComponent(scenario.name)}`, { sandbox: ctx.sandbox() }, params);
      fill(report, jsonBlock(result, 'What the scenario created'));
      ctx.say(`Loaded ${scenario.name} into ${ctx.sandbox()}.`);
    });
  });
  return form;
}

/** Reset, export and import of the chosen sandbox: `POST /__admin/reset`, `GET` and `PUT /__admin/state`. */
function sandboxActions(ctx: DashboardContext, report: HTMLElement): HTMLElement {
  const file = h('input', { id: 'import-file', type: 'file', accept: 'application/json,.json' });
  const reset = h('button', { type: 'button' }, 'Reset the sandbox');
  const exportButton = h('button', { type: 'button' }, 'Export a snapshot');
  const importButton = h('button', { type: 'button' }, 'Import the snapshot');
  reset.addEventListener('click', () => void ctx.attempt(async () => {
    fill(report, jsonBlock(await ctx.admin.call('POST', '/reset', { sandbox: ctx.sandbox() }), 'Reset answer'));
    ctx.say(`Sandbox ${ctx.sandbox()} is back to its start-up scenarios.`);
  }));
  exportButton.addEventListener('click', () => void ctx.attempt(async () => {
    const snapshot = await ctx.admin.get<unknown>('/state', { sandbox: ctx.sandbox() });
    const link = h('a', { href: URL.createObjectURL(new Blob([JSON.stringify(snapshot)], { type: 'application/json' })), download: `clientela-${ctx.sandbox()}.json` }, 'download');
    link.click();
    ctx.say(`Exported sandbox ${ctx.sandbox()}.`);
  }));
  importButton.addEventListener('click', () => void ctx.attempt(async () => {
    const chosen = file.files?.[0];
    if (!chosen) throw new Error('choose a snapshot file first');
    fill(report, jsonBlock(await ctx.admin.call('PUT', '/state', { sandbox: ctx.sandbox() }, await chosen.text()), 'Import answer'));
    ctx.say(`Imported ${chosen.name} into ${ctx.sandbox()}.`);
  }));
  return h('div', { class: 'toolbar' }, reset, exportButton, field('Snapshot file', file), importButton);
}

/**
 * Scenarios and sandboxes: load a scenario with its parameters, reset, export or import the chosen sandbox, and
 * create or delete sandboxes.
 */
export function scenariosView(ctx: DashboardContext): View {
  const report = h('div', { id: 'scenario-report', 'aria-live': 'polite' });
  const scenarios = h('div', { class: 'scenarios' });
  const table = h('tbody');
  const name = h('input', { id: 'new-sandbox', pattern: '[A-Za-z0-9_.:-]{1,64}', autocomplete: 'off', required: true });
  const create = h('form', { class: 'toolbar', 'aria-label': 'Create a sandbox' }, field('New sandbox name', name), h('button', { type: 'submit' }, 'Create sandbox'));
  const element = h('section', { class: 'view' }, h('h2', {}, 'Scenarios and sandboxes'),
    h('h3', {}, 'This sandbox'), sandboxActions(ctx, report), report,
    h('h3', {}, 'Scenarios'), scenarios,
    h('h3', {}, 'Sandboxes'), create,
    h('table', {}, h('caption', {}, 'Live sandboxes'), h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Name'), h('th', { scope: 'col' }, 'Idle (s)'), h('th', { scope: 'col' }, 'Rows'), h('th', { scope: 'col' }, 'Action'))), table));

  const listSandboxes = async () => {
    const { sandboxes } = await ctx.admin.get<{ sandboxes: Sandbox[] }>('/sandboxes');
    fill(table, ...sandboxes.map((sandbox) => {
      const rows = Object.values(sandbox.tables).reduce((sum, n) => sum + n, 0);
      const verb = sandbox.name === 'default' ? 'Reset' : 'Delete';
      const remove = h('button', { type: 'button', 'aria-label': `${verb} sandbox ${sandbox.name}` }, verb);
      remove.addEventListener('click', () => void ctx.attempt(async () => {
        await ctx.admin.call('DELETE', `/sandboxes/${encodeURIComponent(sandbox.name)}`);
        ctx.say(`Sandbox ${sandbox.name} ${sandbox.name === 'default' ? 'reset' : 'deleted'}.`);
        await listSandboxes();
        await ctx.refreshSandboxes();
      }));
      return h('tr', {}, h('td', {}, sandbox.name), h('td', {}, sandbox.idleSeconds), h('td', {}, rows), h('td', {}, remove));
    }));
  };
  create.addEventListener('submit', (event) => {
    event.preventDefault();
    void ctx.attempt(async () => {
      const answer = await ctx.admin.call<{ sandbox: string; created: boolean }>('POST', '/sandboxes', {}, { name: name.value });
      ctx.say(answer.created ? `Sandbox ${answer.sandbox} created.` : `Sandbox ${answer.sandbox} already exists.`);
      name.value = '';
      await listSandboxes();
      await ctx.refreshSandboxes();
    });
  });

  return {
    id: 'scenarios', title: 'Scenarios and sandboxes', element,
    show: () => void ctx.attempt(async () => {
      if (!scenarios.childElementCount) {
        const list = (await ctx.admin.get<{ scenarios: Scenario[] }>('/scenarios')).scenarios;
        fill(scenarios, ...list.map((scenario) => scenarioForm(ctx, scenario, report)));
      }
      await listSandboxes();
    }),
    hide: () => undefined,
  };
}
