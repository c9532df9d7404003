import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type * as Clientela from 'clientela';
import { clientela, createMockServer, listen } from './helpers/public-api.js';

type Widget = { id: number; name: string; size: 'S' | 'M' | 'L' };
const fault = (status: number, code: string, text: string): Clientela.ApiResponse => ({ status, body: { fault: { code, text } } });

describe('"clientela": the plug-in interface and the state', () => {
  const widgets = clientela.collection<Widget>('acme.widgets', (widget) => String(widget.id), [{ name: 'name', kind: 'unique', key: (widget) => widget.name }]);
  const cog: Widget = { id: 1, name: 'cog', size: 'S' };

  it('MemoryState keeps the rows of collections in transactions: a taken id is an IdTakenError, a transaction that throws leaves nothing', async () => {
    const state = new clientela.MemoryState({ collections: [widgets] });
    await state.transaction(async (tx) => {
      await tx.insert(widgets, cog);
      await tx.setCounter('acme.widget-id', 1);
    });
    await expect(state.transaction((tx) => tx.insert(widgets, { ...cog, name: 'other' }))).rejects.toBeInstanceOf(clientela.IdTakenError);
    const refused = state.transaction(async (tx) => {
      await tx.insert(widgets, { id: 2, name: 'gear', size: 'M' });
      throw new clientela.DomainError('taken', 'refused after a write');
    });
    await expect(refused).rejects.toMatchObject({ name: 'DomainError', code: 'taken', message: 'refused after a write' });
    expect(await state.snapshot()).toEqual({ tables: { 'acme.widgets': { 1: cog } }, meta: { 'acme.widget-id': 1 } });
    expect(await state.transaction((tx) => tx.find(widgets, 'name', 'cog'), { readOnly: true })).toEqual(cog);
    expect(await state.transaction((tx) => tx.find(widgets, 'name', 'gear'), { readOnly: true })).toBeUndefined();
  });

  it('definePlugin: an API whose contracts loadContracts({ folders }) reads is served by createMockServer, a DomainError in its own envelope', async () => {
    const dir = join(import.meta.dirname, 'fixtures', 'acme', 'contracts');
    const plugin = clientela.definePlugin<{ key: string }, Record<string, never>>({
      name: 'acme',
      title: 'Acme',
      mount: '/acme',
      contractsDir: dir,
      defaultConfig: { key: 'secret' },
      collections: [widgets],
      create: (config) => ({
        handlers: {
          widgetsCreate: async ({ tx, values }) => {
            const id = (await tx.counter('acme.widget-id')) + 1;
            await tx.setCounter('acme.widget-id', id);
            return { status: 201, body: await tx.insert(widgets, { id, ...(values.body as Omit<Widget, 'id'>) }) };
          },
          widgetsGet: async ({ tx, values }) => {
            const widget = await tx.get(widgets, String(values.params.id));
            if (!widget) throw new clientela.DomainError('missing', `no widget ${String(values.params.id)}`);
            return { status: 200, body: widget };
          },
        },
        errors: {
          validation: (_compiled, diagnostics) => fault(422, 'invalid', diagnostics.map((d) => `${d.path} ${d.message}`).join('; ')),
          malformed: (status, reason) => fault(status, 'unreadable', reason),
          failure: (status, reason) => fault(status, 'failure', reason),
          catalogued: () => undefined,
          domain: (error) => fault(404, error.code, error.message),
          route: (error) => fault(error.status, 'no-route', error.reason),
        },
        authenticate: (request) => (request.headers['x-acme-key'] === config.key ? undefined : fault(401, 'no-key', 'send x-acme-key')),
        sandbox: () => ({}),
      }),
    });
    const contracts = clientela.loadContracts({ folders: [{ api: 'acme', dir }] });
    const { url: acmeUrl, close: stop } = await listen(createMockServer({ plugins: [plugin], registry: contracts, strict: true }).app);
    const call = async (method: string, path: string, headers: Record<string, string>, body?: unknown) => {
      const response = await fetch(`${acmeUrl}${path}`, { method, headers: { 'content-type': 'application/json', ...headers }, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
      return { status: response.status, body: (await response.json()) as unknown };
    };
    const key = { 'x-acme-key': 'secret' };
    try {
      expect(await call('POST', '/acme/widgets', key, { name: 'cog', size: 'S' })).toEqual({ status: 201, body: cog });
      expect(await call('GET', '/acme/widgets/1', key)).toEqual({ status: 200, body: cog });
      expect(await call('GET', '/acme/widgets/2', key)).toEqual({ status: 404, body: { fault: { code: 'missing', text: 'no widget 2' } } });
      expect(await call('GET', '/acme/widgets/1', { 'x-acme-key': 'wrong' })).toEqual({ status: 401, body: { fault: { code: 'no-key', text: 'send x-acme-key' } } });
      expect(await call('POST', '/acme/widgets', key, { name: 'cog', size: 'XL' })).toMatchObject({ status: 422, body: { fault: { code: 'invalid' } } });
    } finally {
      stop();
    }
  });

  it('forEachCopy expands counted items, filling {index}; at names the pointer of a failing step in a ScenarioStepError', async () => {
    const seen: string[] = [];
    await clientela.forEachCopy([{ name: 'cog-{index}', count: 2 }, { name: 'gear' }], '/acme/widgets', async (item, pointer, index) => void seen.push(`${pointer} ${index} ${item.name}`));
    expect(seen).toEqual(['/acme/widgets/0 1 cog-1', '/acme/widgets/0 2 cog-2', '/acme/widgets/1 1 gear']);
    expect(await clientela.at('/acme/widgets/0', () => 3)).toBe(3);
    const failed = clientela.at('/acme/widgets/1', () => {
      throw new clientela.DomainError('taken', 'a widget is named gear');
    });
    await expect(failed).rejects.toBeInstanceOf(clientela.ScenarioStepError);
    await expect(failed).rejects.toMatchObject({ pointer: '/acme/widgets/1', message: '/acme/widgets/1: a widget is named gear' });
  });

  it('paramReader reads provider-state parameters, keeping every bad one in errors', () => {
    const read = clientela.paramReader({ count: 'x', customerNumber: '123', cpf: '529.982.247-25', size: 'M' });
    expect([read.int('count'), read.number19('customerNumber'), read.cpf('cpf'), read.text('size'), read.int('missing', 4)]).toEqual([0, '0000000000000000123', '529.982.247-25', 'M', 4]);
    expect(read.errors).toEqual(['count must be a whole number, got "x"']);
    read.cpf('size');
    expect(read.errors).toHaveLength(2);
  });
});
