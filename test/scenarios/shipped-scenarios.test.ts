import { describe, expect, it } from 'vitest';
import * as fv from '../../mock/firstvision/domain/firstvision-collections.js';
import { builtInPlugins } from '../../mock/plugins.js';
import { isValidCpf } from '../../src/numbers/cpf.js';
import { ScenarioCatalogue } from '../../src/scenarios/scenario-catalogue.js';
import { scenarioPartsOf } from '../../src/scenarios/scenario-parts.js';
import type { StateReader } from '../../src/state/state-store.js';
import { credereHeaders, firstVisionHeaders } from '../admin/api-headers.js';
import { type RunningMock, sharedMock, startMock } from '../helpers/start-mock.js';

const sandbox = sharedMock();

const catalogue = new ScenarioCatalogue(scenarioPartsOf(builtInPlugins));

/** Reads the default sandbox's state in one read-only transaction. */
async function read<R>(mock: RunningMock, work: (tx: StateReader) => Promise<R>): Promise<R> {
  return (await mock.world()).state.transaction((tx) => work(tx), { readOnly: true });
}

describe('shipped scenarios', () => {
  it.each(catalogue.names().filter((name) => name !== 'load-100k'))('%s loads into a fresh sandbox over the admin API', async (name) => {
    const mock = sandbox();
    const { status, body } = await mock.call('POST', `/__admin/scenarios/${name}?sandbox=${name}`, { body: {} });
    expect(status, JSON.stringify(body)).toBe(200);
    expect(body.scenario).toBe(name);
  });

  it('corporate-program: relationship 567 lists its 50 accounts over three pages', async () => {
    const mock = await startMock({ scenarios: [{ name: 'corporate-program' }] });
    const headers = await firstVisionHeaders(mock);
    const path = '/firstvision/account/relationship/0000000000000000567/account?serviceType=A';
    const seen: string[] = [];
    let page = await mock.call('GET', path, { headers });
    for (let i = 0; i < 5; i++) {
      expect(page.status, JSON.stringify(page.body)).toBe(200);
      const rows = page.body.data.accountTableData.accountTable as Array<{ accountNumber: string }>;
      seen.push(...rows.map((row) => row.accountNumber));
      if (page.body.data.more !== 'Y') break;
      page = await mock.call('GET', `${path}&scrollingFeature=N&startItem=${rows.at(-1)?.accountNumber}`, { headers });
    }
    expect(seen).toHaveLength(50);
    expect(new Set(seen).size).toBe(50);
  });

  it('corporate-program takes its employee count as a parameter', async () => {
    const mock = sandbox();
    const { body } = await mock.call('POST', '/__admin/scenarios/corporate-program', { body: { employees: 7 } });
    expect(body.created).toMatchObject({ customers: 1, relationships: 1, accounts: 7, cards: 7 });
  });

  it('individual-with-history: the customer has a co-owner and two prior addresses', async () => {
    const mock = await startMock({ scenarios: [{ name: 'individual-with-history' }] });
    const customer = await read(mock, (tx) => tx.get(fv.customers, '0000000000000000234'));
    expect(customer?.coOwner?.nameLine1).toBe('JOSE CARLOS DOS SANTOS');
    expect(customer?.priorAddresses).toHaveLength(2);
    const account = (await read(mock, (tx) => tx.groupIds(fv.accounts, 'customer', '0000000000000000234'))).rows[0];
    expect(account).toBeDefined();
    const headers = await firstVisionHeaders(mock);
    const { status, body } = await mock.call('GET', `/firstvision/customer/${account}/current-prior-address?organizationNumber=970`, { headers });
    expect(status, JSON.stringify(body)).toBe(200);
    expect(JSON.stringify(body)).toContain('AVENIDA BEIRA MAR');
  });

  it('blocked-and-expired-cards: the cards carry their block codes and expiries', async () => {
    const mock = await startMock({ scenarios: [{ name: 'blocked-and-expired-cards' }] });
    const cards = await read(mock, (tx) => tx.page(fv.cards, 'customer', '0000000000000000345'));
    expect(cards.rows).toHaveLength(5);
    const headers = await firstVisionHeaders(mock, { customernumber: '0000000000000000345' });
    const { status, body } = await mock.call('GET', '/firstvision/customer/v3/cards/details?organizationNumber=970', { headers });
    expect(status, JSON.stringify(body)).toBe(200);
    const rows = body.data.outputArea.accountTable as Array<{ cardBlockCode: string; cardBlockCodeDate: string; cardExpireDate: string }>;
    // The scenario's cards in order: active, blocked B on 2025-11-03, lost L on 2025-12-20, expired 2024-06-30, and the logo-501 card expired 2025-01-31.
    expect(rows.map((row) => [row.cardBlockCode.trim(), row.cardExpireDate < '2026-01-01'])).toEqual([
      ['', false],
      ['B', false],
      ['L', false],
      ['', true],
      ['', true],
    ]);
    expect(rows[1]?.cardBlockCodeDate).toBe('2025-11-03');
    expect(rows[2]?.cardBlockCodeDate).toBe('2025-12-20');
    expect(rows[3]?.cardExpireDate).toBe('2024-06-30');
    expect(rows[4]?.cardExpireDate).toBe('2025-01-31');
  });

  it('branch-replacement-stock: three branches get 10 numbers of each kind, never issued twice', async () => {
    const mock = sandbox();
    const { body } = await mock.call('POST', '/__admin/scenarios/branch-replacement-stock', { body: {} });
    expect(Object.keys(body.reserved)).toEqual(['branch-0001-centro', 'branch-0002-zona-norte', 'branch-0003-zona-sul']);
    const all = Object.values(body.reserved as Record<string, Record<string, string[]>>).flatMap((batch) => Object.values(batch).flat());
    expect(all).toHaveLength(90);
    expect(new Set(all).size).toBe(90);
  });

  it('dealership: store 100 integrates exactly 033, 341, 342 and moneyplus and its customers are found by CPF', async () => {
    const mock = await startMock({ scenarios: [{ name: 'dealership' }] });
    const banks = await mock.call('GET', '/credere/api/v1/stores/100/integrated_banks', { headers: credereHeaders() });
    expect(banks.status, JSON.stringify(banks.body)).toBe(200);
    expect((banks.body.banks as Array<{ code: string }>).map((bank) => bank.code)).toEqual(['033', '341', '342', 'moneyplus']);
    const found = await mock.call('GET', '/credere/api/v1/customers/find?cpf_cnpj=529.982.247-25', { headers: credereHeaders() });
    expect(found.status, JSON.stringify(found.body)).toBe(200);
    expect(found.body.customer).toMatchObject({ cpf: '529.982.247-25', name: 'Ana Beatriz Fernandes' });
  });

  it('dealership: gives the customers it fakes valid, formatted CPFs', async () => {
    const mock = await startMock({ scenarios: [{ name: 'dealership', params: {} }] });
    const { status, body } = await mock.call('GET', '/credere/api/v1/customers?per_page=100', { headers: { authorization: 'Bearer k' } });
    expect(status).toBe(200);
    expect(body.customers.length).toBeGreaterThan(5);
    for (const customer of body.customers) expect(isValidCpf(customer.cpf), customer.cpf).toBe(true);
  });

  it.each([
    ['Ana, complete for every bank of the store, passes', '529.982.247-25', {}],
    ['Bruno, complete only for 341 and moneyplus, fails on what 033 and 342 require', '153.509.460-56', {
      emails: [{ error: 'blank', banks: ['033', '342'] }],
      mother: [{ error: 'blank', banks: ['033'] }],
      'job_reference.income_cents': [{ error: 'blank', banks: ['342'] }],
    }],
    ['Carla, complete only for moneyplus, fails on what 033, 341 and 342 require', '111.444.777-35', {
      born_at: [{ error: 'blank', banks: ['033', '341'] }],
      emails: [{ error: 'blank', banks: ['033', '342'] }],
      mother: [{ error: 'blank', banks: ['033'] }],
      genre_id: [{ error: 'blank', banks: ['341'] }],
      'job_reference.income_cents': [{ error: 'blank', banks: ['342'] }],
    }],
  ])('dealership: checked against store 100\'s banks, %s', async (_case, cpf, missing) => {
    const mock = await startMock({ scenarios: [{ name: 'dealership' }] });
    const found = await mock.call('GET', `/credere/api/v1/customers/find?cpf_cnpj=${cpf}`, { headers: credereHeaders() });
    expect(found.status, JSON.stringify(found.body)).toBe(200);
    const before = await mock.state();
    const body = { bank_validations: { store_id: 100 }, customer: { nickname: 'Cliente' } };
    const { status, body: answer } = await mock.call('PATCH', `/credere/api/v1/customers/${found.body.customer.id}`, { headers: credereHeaders(), body });
    if (Object.keys(missing).length === 0) {
      expect(status, JSON.stringify(answer)).toBe(200);
      expect(answer.customer).toMatchObject({ cpf, nickname: 'Cliente' });
      return;
    }
    expect(status, JSON.stringify(answer)).toBe(422);
    expect(answer.error.details).toEqual(missing);
    expect(await mock.state()).toEqual(before);
  });

  // How fast load-100k loads is the benchmark's to report (`npm run bench`, its Start-up section); this test keeps
  // the load and its counts, with a loose bound so a busy CI machine does not flake.
  it('load-100k loads 100,000 customers with accounts and cards in under 30 s', async () => {
    const mock = await startMock();
    const started = performance.now();
    const { status, body } = await mock.call('POST', '/__admin/scenarios/load-100k', { body: {} });
    const ms = performance.now() - started;
    expect(status, JSON.stringify(body).slice(0, 500)).toBe(200);
    expect(body.created).toMatchObject({ customers: 100_000, accounts: 100_000, cards: 100_000 });
    const sizes = await read(mock, async (tx) => [await tx.size(fv.customers), await tx.size(fv.accounts), await tx.size(fv.cards)]);
    expect(sizes).toEqual([100_000, 100_000, 100_000]);
    expect(ms).toBeLessThan(30_000);
  }, 60_000);
});
