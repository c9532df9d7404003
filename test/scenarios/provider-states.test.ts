import { describe, expect, it } from 'vitest';
import { credereHeaders, firstVisionHeaders } from '../admin/api-headers.js';
import { stores } from '../../mock/credere/credere-collections.js';
import { findByDocument } from '../../mock/credere/customer-commands.js';
import * as fv from '../../mock/firstvision/domain/firstvision-collections.js';
import type { World } from '../../mock/world.js';
import type { StateReader } from '../../src/state/state-store.js';
import { sharedMock, startMock } from '../helpers/start-mock.js';

/** What must hold in a sandbox once a state is set up. */
type Check = (tx: StateReader) => Promise<boolean>;

const holdsIn = (world: World, check: Check) => world.state.transaction((tx) => check(tx), { readOnly: true });

const sandbox = sharedMock();

const setup = (state: string, params?: Record<string, unknown>) => ({ body: { state, ...(params ? { params } : {}) } });

describe('provider states', () => {
  it.each<[string, Check]>([
    ['a customer 123 exists in organization 970', (tx) => tx.has(fv.customers, '0000000000000000123')],
    ['customer 124 has 3 cards', async (tx) => (await tx.groupIds(fv.cards, 'customer', '0000000000000000124')).total === 3],
    ['customer 125 has relationship 567 with 25 accounts', async (tx) => (await tx.groupIds(fv.accounts, 'relationship', '0000000000000000567')).total === 25],
    ['customer 126 has a prior address', async (tx) => (await tx.get(fv.customers, '0000000000000000126'))?.priorAddresses?.length === 1],
    ['no customer 999 exists', async (tx) => !(await tx.has(fv.customers, '0000000000000000999'))],
    ['no Credere customer with CPF 529.982.247-25 exists', async (tx) => (await findByDocument(tx, '529.982.247-25')) === undefined],
    ['store 1 integrates banks 033,341', async (tx) => (await tx.get(stores, '1'))?.integrated_bank_codes.join() === '033,341'],
    ['corporate-program', (tx) => tx.has(fv.relationships, '0000000000000000567')],
  ])('sets up "%s"', async (state, holds) => {
    const mock = await startMock();
    const { status, body } = await mock.call('POST', '/__admin/provider-states?sandbox=pact', setup(state));
    expect(status, JSON.stringify(body)).toBe(200);
    expect(body.state).toBe(state);
    expect(await holdsIn(await mock.world('pact'), holds)).toBe(true);
  });

  it('takes parameters from Pact params when the name keeps its placeholders', async () => {
    const mock = sandbox();
    const { status, body } = await mock.call('POST', '/__admin/provider-states', setup('customer {customerNumber} has {count} cards', { customerNumber: '0000000000000000777', count: 2 }));
    expect(status, JSON.stringify(body)).toBe(200);
    expect(body.params).toMatchObject({ customerNumber: '0000000000000000777', count: '2' });
    const headers = await firstVisionHeaders(mock, { customernumber: '0000000000000000777' });
    const cards = await mock.call('GET', '/firstvision/customer/v3/cards/details?organizationNumber=970', { headers });
    expect(cards.status, JSON.stringify(cards.body)).toBe(200);
    expect(cards.body.data.outputArea.customerNumber).toBe('0000000000000000777');
    expect(cards.body.data.outputArea.accountTable).toHaveLength(2);
  });

  it('answers the id of the Credere customer it ensures, so the verifier can use it', async () => {
    const mock = sandbox();
    const { body } = await mock.call('POST', '/__admin/provider-states', setup('a Credere customer with CPF 529.982.247-25 exists'));
    expect(typeof body.result.id).toBe('number');
    const again = await mock.call('POST', '/__admin/provider-states', setup('a Credere customer with CPF 529.982.247-25 exists'));
    expect(again.body.result.id).toBe(body.result.id);
    const got = await mock.call('GET', `/credere/api/v1/customers/${body.result.id}`, { headers: credereHeaders() });
    expect(got.status, JSON.stringify(got.body)).toBe(200);
    expect(got.body.customer.cpf).toBe('529.982.247-25');
  });

  it('composes: two states about the same customer add up', async () => {
    const mock = await startMock();
    await mock.call('POST', '/__admin/provider-states', setup('a customer 123 exists in organization 970'));
    const { status } = await mock.call('POST', '/__admin/provider-states', setup('customer 123 has 2 cards'));
    expect(status).toBe(200);
    const cards = await (await mock.world()).state.transaction((tx) => tx.groupIds(fv.cards, 'customer', '0000000000000000123'), { readOnly: true });
    expect(cards.rows).toHaveLength(2);
  });

  it('fails "no customer X exists" when it does, naming the sandbox', async () => {
    const mock = await startMock({ scenarios: [{ name: 'corporate-program' }] });
    const { status, body } = await mock.call('POST', '/__admin/provider-states', setup('no customer 123 exists'));
    expect(status).toBe(409);
    expect(body.type).toContain('provider-state-failed');
    expect(body.detail).toContain('exists in sandbox "default"');
  });

  it('fails "no Credere customer with CPF X exists" when that CPF is taken, changing nothing', async () => {
    const mock = await startMock({ scenarios: [{ name: 'dealership' }] });
    const before = await mock.state();
    const { status, body, headers } = await mock.call('POST', '/__admin/provider-states', setup('no Credere customer with CPF 529.982.247-25 exists'));
    expect(status).toBe(409);
    expect(headers.get('content-type')).toContain('application/problem+json');
    expect(body.type).toContain('provider-state-failed');
    expect(body.detail).toContain('a Credere customer with CPF 529.982.247-25 exists in sandbox "default"');
    expect(await mock.state()).toEqual(before);
  });

  it('refuses an unknown state with a 400 problem listing the known ones', async () => {
    const mock = sandbox();
    const { status, body, headers } = await mock.call('POST', '/__admin/provider-states', setup('the moon is made of cheese'));
    expect(status).toBe(400);
    expect(headers.get('content-type')).toContain('application/problem+json');
    expect(body.detail).toContain('unknown provider state "the moon is made of cheese"');
    expect(body.known).toEqual(expect.arrayContaining(['customer {customerNumber} has {count} cards', 'corporate-program']));
  });

  it('runs a teardown as a no-op when the state has none', async () => {
    const mock = sandbox();
    const { status, body } = await mock.call('POST', '/__admin/provider-states', { body: { state: 'customer 5 has 1 cards', action: 'teardown' } });
    expect(status).toBe(200);
    expect(body.result).toEqual({});
  });
});
