import { describe, expect, it } from 'vitest';
import { ScenarioCatalogue } from '../../src/scenarios/scenario-catalogue.js';
import { credereHeaders, firstVisionHeaders } from '../admin/api-headers.js';
import { startMock } from '../helpers/start-mock.js';

const catalogue = new ScenarioCatalogue();

describe('shipped scenarios', () => {
  it.each(catalogue.names().filter((name) => name !== 'load-100k'))('%s loads into a fresh sandbox over the admin API', async (name) => {
    const mock = await startMock();
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
    const mock = await startMock();
    const { body } = await mock.call('POST', '/__admin/scenarios/corporate-program', { body: { employees: 7 } });
    expect(body.created).toMatchObject({ customers: 1, relationships: 1, accounts: 7, cards: 7 });
  });

  it('individual-with-history: the customer has a co-owner and two prior addresses', async () => {
    const mock = await startMock({ scenarios: [{ name: 'individual-with-history' }] });
    const world = mock.sandboxes.get();
    const customer = world.firstvision.customers.get('0000000000000000234');
    expect(customer?.coOwner?.nameLine1).toBe('JOSE CARLOS DOS SANTOS');
    expect(customer?.prior).toHaveLength(2);
    const account = world.firstvision.accounts.groupIds('customer', '0000000000000000234')[0];
    const headers = await firstVisionHeaders(mock);
    const { status, body } = await mock.call('GET', `/firstvision/customer/${account}/current-prior-address?organizationNumber=970`, { headers });
    expect(status, JSON.stringify(body)).toBe(200);
    expect(JSON.stringify(body)).toContain('AVENIDA BEIRA MAR');
  });

  it('blocked-and-expired-cards: the cards carry their block codes and expiries', async () => {
    const mock = await startMock({ scenarios: [{ name: 'blocked-and-expired-cards' }] });
    const cards = mock.sandboxes.get().firstvision.cards.group('customer', '0000000000000000345');
    expect(cards).toHaveLength(5);
    expect(cards.map((card) => card.b ?? '')).toEqual(['', 'B', 'L', '', '']);
    expect(cards.filter((card) => card.x < '2026-01-01')).toHaveLength(2);
    const headers = await firstVisionHeaders(mock, { customernumber: '0000000000000000345' });
    const { status, body } = await mock.call('GET', '/firstvision/customer/v3/cards/details?organizationNumber=970', { headers });
    expect(status, JSON.stringify(body)).toBe(200);
  });

  it('branch-replacement-stock: three branches get 10 numbers of each kind, never issued twice', async () => {
    const mock = await startMock();
    const { body } = await mock.call('POST', '/__admin/scenarios/branch-replacement-stock', { body: {} });
    expect(Object.keys(body.reserved)).toEqual(['branch-0001-centro', 'branch-0002-zona-norte', 'branch-0003-zona-sul']);
    const all = Object.values(body.reserved as Record<string, Record<string, string[]>>).flatMap((batch) => Object.values(batch).flat());
    expect(all).toHaveLength(90);
    expect(new Set(all).size).toBe(90);
  });

  it('dealership: store 100 integrates four banks and its customers are found by CPF', async () => {
    const mock = await startMock({ scenarios: [{ name: 'dealership' }] });
    const banks = await mock.call('GET', '/credere/api/v1/stores/100/integrated_banks', { headers: credereHeaders() });
    expect(banks.status, JSON.stringify(banks.body)).toBe(200);
    expect(JSON.stringify(banks.body)).toContain('moneyplus');
    const found = await mock.call('GET', '/credere/api/v1/customers/find?cpf_cnpj=529.982.247-25', { headers: credereHeaders() });
    expect(found.status, JSON.stringify(found.body)).toBe(200);
    expect(JSON.stringify(found.body)).toContain('Ana Beatriz Fernandes');
  });

  it('load-100k loads 100,000 customers with accounts and cards in under 10 s', async () => {
    const mock = await startMock();
    const started = performance.now();
    const { status, body } = await mock.call('POST', '/__admin/scenarios/load-100k', { body: {} });
    const ms = performance.now() - started;
    expect(status).toBe(200);
    expect(body.created).toMatchObject({ customers: 100_000, accounts: 100_000, cards: 100_000 });
    expect(ms).toBeLessThan(10_000);
  }, 60_000);
});
