import { describe, expect, it } from 'vitest';
import { API, auth, fullCustomer, lenient, newCpf } from '../credere/credere-fixtures.js';
import { customerAddBody, fvSession } from '../firstvision/fv-session.js';
import { inSandbox, type RunningMock } from '../helpers/start-mock.js';
import { twoInstances } from './redis-mocks.js';
import { redisInstalled } from './redis-server.js';

const create = (mock: RunningMock, cpf = newCpf()) => mock.call('POST', `${API}/customers`, { headers: auth, body: { bank_validations: lenient, customer: fullCustomer(cpf) } });
const find = (mock: RunningMock, cpf: string) => mock.call('GET', `${API}/customers/find?cpf_cnpj=${encodeURIComponent(cpf)}`, { headers: auth });

describe.runIf(redisInstalled())('two mock instances sharing one Redis (--state redis://…)', () => {
  const shared = twoInstances();

  it('finds through one instance a customer created through the other', async () => {
    const { a, b } = shared();
    const cpf = newCpf();
    const created = await create(a, cpf);
    expect(created.status).toBe(200);
    const found = await find(b, cpf);
    expect(found.status).toBe(200);
    expect(found.body.customer.id).toBe(created.body.customer.id);
  });

  it('issues no number twice across 200 concurrent FirstVision generations split across both instances', async () => {
    const { a, b } = inSandboxes(shared(), 'numbers');
    const sessions = [await fvSession(a), await fvSession(b)];
    const body = { organizationNumber: 970, logo: '401', dualIndicator: '0', customerNumbersRequested: 1, accountNumbersRequested: 1, relationshipNumbersRequested: 1, embosserNumbersRequested: 1 };
    const answers = await Promise.all(Array.from({ length: 200 }, (_, i) => (sessions[i % 2] as (typeof sessions)[number]).call('POST', '/customer/generation', body)));
    expect(answers.map((answer) => answer.status)).toEqual(Array(200).fill(200));
    const numbers = answers.flatMap(({ body: { data } }) => [
      ...data.customerData.map((row: { customerNumber: string }) => row.customerNumber),
      ...data.accountData.map((row: { accountNumber: string }) => row.accountNumber),
      ...data.relationshipData.map((row: { relationshipNumber: string }) => row.relationshipNumber),
    ]);
    expect(numbers).toHaveLength(600);
    expect(new Set(numbers).size).toBe(600);
    const cards = answers.flatMap(({ body: { data } }) => data.embosserData.map((row: { cardNumber: string }) => row.cardNumber));
    expect(new Set(cards).size).toBe(200);
  });

  it('finds through one instance, by Customer Lookup, a FirstVision customer added and then moved through the other', async () => {
    const { a, b } = inSandboxes(shared(), 'lookup');
    const [one, two] = [await fvSession(a), await fvSession(b)];
    const added = await one.call('POST', '/customer/l8v2', customerAddBody({ owner: { nameLine1: 'LUCIA PRATES', postalCode: '59075-810' } }));
    const customerNumber = added.body.data.customerNumber as string;
    const byZip = async (zip: string) =>
      (await two.call('POST', '/customer/lookup', { numberOfRecords: 5, requestOptionData: { postalCodeOption: 1 }, primarySearchData: { postalCode: zip } })).body.data.transactionData.map((row: { customerNumber: string }) => row.customerNumber);
    expect(await byZip('59075810')).toEqual([customerNumber]);
    expect((await one.call('PUT', '/customer', { organizationNumber: 970, customerNumber, numberType: '1', demographicDataIndicator: '1', postalCode: '01310-200' })).status).toBe(200);
    expect([await byZip('59075810'), await byZip('01310200')]).toEqual([[], [customerNumber]]);
  });

  it('lets exactly one of 50 concurrent creates of one CPF across both instances win', async () => {
    const { a, b } = inSandboxes(shared(), 'one-cpf');
    const cpf = newCpf();
    const answers = await Promise.all(Array.from({ length: 50 }, (_, i) => create(i % 2 ? b : a, cpf)));
    const statuses = answers.map((answer) => answer.status);
    expect(statuses.filter((status) => status === 200)).toHaveLength(1);
    expect(statuses.filter((status) => status === 422)).toHaveLength(49);
    const list = await b.call('GET', `${API}/customers`, { headers: auth });
    expect(list.body.customers).toHaveLength(1);
  });

  it('keeps two sandboxes apart, and a reset of one leaves the other', async () => {
    const { a, b } = shared();
    const [one, two] = [inSandbox(a, 'iso-1'), inSandbox(b, 'iso-2')];
    const cpf = newCpf();
    expect((await create(one, cpf)).status).toBe(200);
    expect((await find(inSandbox(b, 'iso-1'), cpf)).status).toBe(200);
    expect((await find(two, cpf)).status).toBe(404);
    expect((await create(two, cpf)).status).toBe(200);

    expect((await b.call('POST', '/__admin/reset?sandbox=iso-1')).status).toBe(200);
    expect((await find(inSandbox(a, 'iso-1'), cpf)).status).toBe(404);
    expect((await find(inSandbox(a, 'iso-2'), cpf)).status).toBe(200);
    // The reset sandbox got its reference data back (Credere's stores), once.
    const stores = await inSandbox(a, 'iso-1').call('GET', `${API}/stores`, { headers: auth });
    expect(stores.status).toBe(200);
    expect(stores.body.stores.length).toBeGreaterThan(0);
  });

  it('shows every instance its peers\' requests in /__admin/requests, masked', async () => {
    const { a, b } = inSandboxes(shared(), 'journal');
    const cpf = newCpf();
    await create(a, cpf);
    await find(b, cpf);
    const page = await a.call('GET', '/__admin/requests?sandbox=journal');
    expect(page.body.requests.map((entry: { operationId: string }) => entry.operationId)).toEqual(['customersFind', 'customersCreate']);
    expect(JSON.stringify(page.body)).not.toContain(cpf.replace(/\D/g, '').slice(0, 9));
    expect(JSON.stringify(page.body)).not.toContain(cpf);
    await b.call('DELETE', '/__admin/requests?sandbox=journal');
    expect((await a.call('GET', '/__admin/requests?sandbox=journal')).body.requests).toEqual([]);
  });

  it('serves a state snapshot written through one instance from the other (PUT and GET /__admin/state)', async () => {
    const { a, b } = inSandboxes(shared(), 'snap');
    const cpf = newCpf();
    await create(a, cpf);
    const snapshot = (await a.call('GET', '/__admin/state?sandbox=snap')).body;
    expect(Object.keys(snapshot.tables['credere.customers'])).toHaveLength(1);
    await create(a);
    expect((await b.call('PUT', '/__admin/state?sandbox=snap', { body: snapshot })).status).toBe(200);
    expect((await a.call('GET', `${API}/customers`, { headers: { ...auth, 'x-clientela-sandbox': 'snap' } })).body.customers).toHaveLength(1);
    expect((await find(a, cpf)).status).toBe(200);
  });
});

function inSandboxes(shared: { a: RunningMock; b: RunningMock }, name: string) {
  return { a: inSandbox(shared.a, name), b: inSandbox(shared.b, name) };
}
