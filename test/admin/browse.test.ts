import { describe, expect, it } from 'vitest';
import { isValidCpf } from '../../src/numbers/cpf.js';
import { fullCustomer, lenient, newCpf } from '../credere/credere-fixtures.js';
import { startMock } from '../helpers/start-mock.js';

const mock = await startMock({
  scenarios: [
    { name: 'corporate-program', params: { employees: 12 } },
    { name: 'individual-with-history' },
    { name: 'dealership' },
    { name: 'branch-replacement-stock', params: { perBranch: 2 } },
  ],
});
const browse = (query: string, api = 'firstvision') => mock.call('GET', `/__admin/browse/${api}${query}`);
const rootLabels = (body: any): string[] => body.nodes.map((node: any) => node.label);

/** Every full card number and CPF of the sandbox: none may appear in a browse answer. */
async function secrets(): Promise<string[]> {
  const pans = Object.keys(await mock.rows('firstvision.cards'));
  const owners = Object.values(await mock.rows('firstvision.customers')).map((c: any) => String(c.owner.identificationNumber ?? '')).filter((n) => isValidCpf(n));
  const cpfs = Object.values(await mock.rows('credere.customers')).flatMap((c: any) => [c.cpf, c.cpf.replace(/\D/g, '')]);
  return [...pans, ...owners, ...cpfs];
}

describe('GET /__admin/browse', () => {
  it('lists the browsable APIs with their root kinds and search keys', async () => {
    const { status, body } = await mock.call('GET', '/__admin/browse');
    expect(status).toBe(200);
    expect(body.apis.map((api: any) => [api.name, api.kinds])).toEqual([['firstvision', ['customers', 'reservations']], ['credere', ['customers', 'stores']]]);
    expect(body.apis[0].keys.map((key: any) => key.name)).toContain('masked PAN');
  });

  it('answers one page of FirstVision customers as customer → relationship → accounts → cards, lists cut with their totals', async () => {
    const { status, body } = await browse('?limit=1');
    expect(status).toBe(200);
    expect(body).toMatchObject({ api: 'firstvision', sandbox: 'default', kind: 'customers', offset: 0, limit: 1, total: 2, next: '/__admin/browse/firstvision?limit=1&offset=1' });
    const [customer] = body.nodes;
    expect(customer.label).toBe('customer 0000000000000000123 EXEMPLO LOGISTICA E TRANSPORTES LTDA');
    const [relationships] = customer.children;
    expect(relationships).toMatchObject({ kind: 'relationships', total: 1 });
    const accounts = relationships.nodes[0].children[0];
    expect(accounts).toMatchObject({ kind: 'accounts', total: 12 });
    expect(accounts.nodes).toHaveLength(10);
    expect(accounts.nodes[0].children[0]).toMatchObject({ kind: 'cards', total: 1 });
    expect(accounts.nodes[0].children[0].nodes[0].label).toMatch(/^card \d{4}x+\d{4}$/);
    const second = await mock.call('GET', body.next);
    expect(rootLabels(second.body)).toEqual([expect.stringMatching(/^customer 0000000000000000234 /)]);
    expect(second.body.next).toBeNull();
    const history = second.body.nodes[0].children.find((c: any) => c.kind === 'priorAddresses');
    expect(history.total).toBe(2);
  });

  it('pages reserved numbers, Credere customers with their nested objects, and stores', async () => {
    const reserved = await browse('?kind=reservations&limit=100');
    expect(reserved.body.total).toBe(18);
    expect(reserved.body.nodes[0].fields).toMatchObject({ kind: expect.any(String), organization: 970 });
    const credere = await browse('?limit=2', 'credere');
    expect(credere.body.total).toBeGreaterThan(2);
    expect(credere.body.nodes[0].children.map((c: any) => c.kind)).toContain('phones');
    expect(credere.body.nodes[0].fields.cpf).toMatch(/^\*\*\*\.\*\*\*\.\*\*\*-\d{2}$/);
    const stores = await browse('?kind=stores&limit=100', 'credere');
    expect(rootLabels(stores.body)).toContainEqual(expect.stringMatching(/^store 100 /));
  });

  it('finds a customer by customer, account, relationship or card number, masked PAN, CPF and name', async () => {
    const cards = Object.values(await mock.rows('firstvision.cards')) as any[];
    const card = cards.find((c) => c.customerNumber.endsWith('234'));
    const owner = (await mock.rows('firstvision.customers'))['0000000000000000234'];
    const masked = `${card.pan.slice(0, 4)} **** **** ${card.pan.slice(-4)}`;
    for (const term of ['234', '0000000000000000234', card.accountNumber, card.pan, masked, owner.owner.identificationNumber, owner.owner.nameLine1.toLowerCase()]) {
      const { status, body } = await browse(`?q=${encodeURIComponent(term)}`);
      expect(status, term).toBe(200);
      expect(rootLabels(body), term).toEqual([expect.stringMatching(/^customer 0000000000000000234 /)]);
      expect(body.next).toBeNull();
    }
    const byRelationship = await browse('?q=0000000000000000567');
    expect(rootLabels(byRelationship.body)).toEqual([expect.stringMatching(/^customer 0000000000000000123 /)]);
    expect((await browse('?q=nobody%20at%20all')).body).toMatchObject({ total: 0, nodes: [] });
  });

  it('finds a Credere customer by id, CPF (bare or formatted) and name, accents and case aside', async () => {
    const cpf = newCpf();
    const created = await mock.call('POST', '/credere/api/v1/customers', { headers: { authorization: 'Bearer k' }, body: { bank_validations: lenient, customer: { ...fullCustomer(cpf), name: 'Joana Conceição' } } });
    const id = String(created.body.customer.id);
    for (const term of [id, cpf, cpf.replace(/\D/g, ''), 'JOANA CONCEICAO']) {
      const { body } = await browse(`?q=${encodeURIComponent(term)}`, 'credere');
      expect(rootLabels(body), term).toEqual([`customer ${id} Joana Conceição`]);
    }
  });

  it('never shows a full card number or CPF', async () => {
    const texts = await Promise.all(['?limit=100', '?kind=reservations&limit=100', '?q=234'].map((q) => browse(q)));
    const credere = await browse('?limit=100', 'credere');
    const shown = JSON.stringify([...texts, credere].map((r) => r.body));
    for (const secret of await secrets()) expect(shown).not.toContain(secret);
  });

  it.each([
    ['a limit of 0', '?limit=0', 400],
    ['a negative offset', '?offset=-1', 400],
    ['an unknown kind', '?kind=planets', 400],
    ['a term over 200 characters', `?q=${'a'.repeat(201)}`, 400],
    ['an unknown sandbox', '?sandbox=nobody', 404],
  ])('answers %s with a problem', async (_what, query, status) => {
    const response = await browse(query);
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
  });

  it('caps a page at 100 roots and answers 404 for an API that is not browsable', async () => {
    expect((await browse('?limit=5000')).body.limit).toBe(100);
    expect((await mock.call('GET', '/__admin/browse/acme')).status).toBe(404);
  });
});
