import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firstVisionPersonalFields } from '../../mock/firstvision/recording/firstvision-personal-fields.js';
import { isValidCpf } from '../../src/numbers/cpf.js';
import { isLuhnValid, luhnCheckDigit } from '../../src/numbers/luhn.js';
import { freePort } from '../helpers/free-port.js';
import { type CliProcess, startCli } from './cli-process.js';

type Json = Record<string, any>;
const FV = '/firstvision';
const CR = '/credere/api/v1';
const basic = `Basic ${Buffer.from('clientela-key:clientela-secret').toString('base64')}`;
const crAuth = { authorization: 'Bearer test-key', 'content-type': 'application/json' };

/** The personal data sent through the proxy: none of it may reach the recording or the proxy's log. */
const fvOwner = { name: 'MARIA APARECIDA SOUZA', cpf: '52998224725', phone: '84991234567', email: 'maria.souza@provedor.com.br', street: 'AV PAULISTA 1500' };
const fvPan = (() => {
  const payload = '400097' + '123456789';
  return payload + String(luhnCheckDigit(payload));
})();
const crCustomer = { name: 'Beatriz Fernandes Lima', cpf: '153.509.460-56', email: 'beatriz.lima@exemplo.com.br', phone: 987654321, street: 'Rua Jaguarari' };

const dir = mkdtempSync(join(tmpdir(), 'clientela-proxy-'));
const fvFile = join(dir, 'fv-recording.yaml');
const crFile = join(dir, 'credere-recording.yaml');
const started: CliProcess[] = [];
let vendor: CliProcess;
let fvProxy: CliProcess;
let crProxy: CliProcess;

async function call(base: string, method: string, path: string, headers: Record<string, string>, body?: unknown): Promise<{ status: number; body: Json; headers: Headers }> {
  const response = await fetch(`${base}${path}`, { method, headers, ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }) });
  const text = await response.text();
  return { status: response.status, body: text ? (JSON.parse(text) as Json) : {}, headers: response.headers };
}

/** A FirstVision session through `base`: token first, then JSON calls with its headers. */
async function fvSession(base: string) {
  const token = await call(base, 'POST', `${FV}/fvlatam/token`, { apikey: 'clientela-key', authorization: basic, 'content-type': 'application/x-www-form-urlencoded' }, 'grant_type=client_credentials');
  expect(token.status).toBe(200);
  const headers = { apikey: 'clientela-key', authorization: `Bearer ${token.body.access_token as string}`, 'x-clientid': '00970', 'content-type': 'application/json' };
  return (method: string, path: string, body?: unknown, extra: Record<string, string> = {}) => call(base, method, `${FV}${path}`, { ...headers, ...extra }, body);
}

/** The finds a client makes of one FirstVision customer: demographics, its accounts, its cards. */
async function fvFinds(session: Awaited<ReturnType<typeof fvSession>>, customerNumber: string) {
  const demographics = await session('POST', '/customer/demographicData-l8v2', { organizationNumber: 970, customerAccountCardNumber: customerNumber, numberType: '1' });
  const accounts = await session('POST', '/customer/accountNumber', { organizationNumber: 970, customerNumber, functionCode: ' ' });
  const cards = await session('GET', '/customer/v3/cards/details?organizationNumber=970&functionCode=%20', undefined, { customernumber: customerNumber });
  for (const answer of [demographics, accounts, cards]) expect(answer.status).toBe(200);
  return { demographics: demographics.body.data, accounts: accounts.body.data.acctTable.map((row: Json) => row.accountNumber), cards: cards.body.data.outputArea.accountTable.map((row: Json) => row.cardNumber) };
}

/** A Credere customer without what the mock assigns (ids, timestamps, derived state). */
function comparable(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(comparable);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).filter(([key]) => !['id', 'created_at', 'updated_at'].includes(key)).map(([key, inner]) => [key, comparable(inner)]));
}

beforeAll(async () => {
  // The vendor and the proxies in front of it start together: the vendor's port is chosen first.
  const vendorUrl = `http://127.0.0.1:${await freePort()}`;
  const starting = [
    startCli(['serve', '--port', vendorUrl.split(':')[2] as string, '--seed', '5']),
    startCli(['proxy', '--api', 'firstvision', '--target', `${vendorUrl}${FV}`, '--port', '0', '--record', fvFile, '--seed', '11']),
    startCli(['proxy', '--api', 'credere', '--target', `${vendorUrl}${CR}`, '--port', '0', '--record', crFile, '--seed', '11']),
  ];
  for (const one of starting) void one.then((running) => started.push(running), () => undefined);
  [vendor, fvProxy, crProxy] = (await Promise.all(starting)) as [CliProcess, CliProcess, CliProcess];
}, 90_000);

afterAll(async () => {
  await Promise.all(started.map((one) => one.stop()));
});

describe('clientela proxy in front of a second clientela', () => {
  let customerNumber = '';
  let vendorFinds: Awaited<ReturnType<typeof fvFinds>>;
  let crCreated: Json = {};

  it('forwards FirstVision customers, relationships, accounts and cards, and answers as the vendor does', async () => {
    const session = await fvSession(fvProxy.url);
    const added = await session('POST', '/customer/l8v2', {
      customerData: {
        customerKeyData: { organizationNumber: 970, coOwnerIndicator: 1 },
        ownerCoOwnerData: {
          ownerData: { nameLine1: fvOwner.name, houseAddress1: fvOwner.street, city: 'SAO PAULO', state: 'SP', postalCode: '01310-200', homePhoneNumber: fvOwner.phone, email: fvOwner.email, identificationNumberFlag: 1, identificationNumber: fvOwner.cpf },
        },
      },
    });
    expect(added.status).toBe(200);
    expect(added.headers.get('x-clientela-drift')).toBeNull();
    customerNumber = added.body.data.customerNumber as string;
    const relationship = await session('POST', '/customer/relationship', { organizationNumber: 970, customerNumber, creditLimit: 500000, billingCycle: 10, relationshipBillingLevel: 0, modificationAccountLevelFlag: 1 });
    expect(relationship.status).toBe(200);
    const account = await session('POST', '/account/add-L8V3', { accountData: { organization: 970, logo: 401, customerNumber, creditLimit: 10000, relationshipNumber: relationship.body.data.relationshipNumber } });
    expect(account.status).toBe(200);
    const card = await session('POST', '/cards/embosser/l8vf', { organizationNumber: 970, postToAccount: account.body.data.accountNumber, cardNumber: fvPan });
    expect(card.status).toBe(200);
    vendorFinds = await fvFinds(session, customerNumber);
    expect(vendorFinds.demographics.nameAddressTable ?? vendorFinds.demographics).toBeDefined();
    expect(JSON.stringify(vendorFinds.demographics)).toContain(fvOwner.name);
    expect(vendorFinds.accounts).toEqual([account.body.data.accountNumber]);
    expect(vendorFinds.cards).toEqual([`${fvPan.slice(0, 4)}${'x'.repeat(fvPan.length - 8)}${fvPan.slice(-4)}`]);
  });

  it('forwards Credere customers with their nested records', async () => {
    const created = await call(crProxy.url, 'POST', `${CR}/customers`, crAuth, {
      bank_validations: { bank_codes: ['moneyplus'] },
      customer: {
        cpf: crCustomer.cpf, name: crCustomer.name, has_cnh: false, mother: 'Helena Fernandes Lima',
        phones: [{ code: 84, number: crCustomer.phone, phone_type_id: 1 }],
        emails: [{ address: crCustomer.email }],
        address: { address_type_id: 1, zip_code: '59075-810', state_id: 20, city: 'Natal', street: crCustomer.street, number: '120' },
      },
    });
    expect(created.status).toBe(200);
    expect(created.headers.get('x-clientela-drift')).toBeNull();
    const found = await call(crProxy.url, 'GET', `${CR}/customers/find?cpf_cnpj=${crCustomer.cpf.replace(/\D/g, '')}`, crAuth);
    expect(found.status).toBe(200);
    expect(found.body.customer.name).toBe(crCustomer.name);
    crCreated = found.body.customer as Json;
    const listed = await call(crProxy.url, 'GET', `${CR}/customers?name=${encodeURIComponent(crCustomer.name)}`, crAuth);
    expect(listed.status).toBe(200);
  });

  it('reports a request outside the contract in x-clientela-drift and in full in the journal', async () => {
    const refused = await call(crProxy.url, 'POST', `${CR}/customers`, crAuth, { customer: { cpf: '123.456.789-00', name: 'X' } });
    expect(refused.status).toBe(422);
    expect(refused.body.error.class).toBe('ModelValidationError');
    expect(refused.headers.get('x-clientela-drift')).toMatch(/^request 1: \/body\/customer\/cpf format/);
    const journal = await call(crProxy.url, 'GET', '/__admin/requests', {});
    const entry = (journal.body.requests as Json[]).find((one) => one.status === 422);
    expect(entry?.drift.request).toEqual([expect.objectContaining({ path: '/body/customer/cpf', code: 'format' })]);
    expect(entry?.target).toBe(`${vendor.url}${CR}/customers`);
    // Masked as the mock's journal is: no CPF in the clear.
    expect(JSON.stringify(journal.body)).not.toContain(crCustomer.cpf);
    expect(JSON.stringify(journal.body)).not.toContain('52998224725');
  });

  it('records scenarios that hold no original personal value, and logs none', () => {
    const recorded = readFileSync(fvFile, 'utf8') + readFileSync(crFile, 'utf8');
    const logs = fvProxy.output() + crProxy.output();
    const originals = [
      fvOwner.cpf, '529.982.247-25', fvOwner.name, fvOwner.email, fvOwner.phone, fvOwner.street, fvPan,
      crCustomer.cpf, crCustomer.cpf.replace(/\D/g, ''), crCustomer.name, encodeURIComponent(crCustomer.name), crCustomer.email, String(crCustomer.phone), crCustomer.street, 'Helena Fernandes Lima',
    ];
    for (const original of originals) {
      expect(recorded, `recording holds ${original}`).not.toContain(original);
      expect(logs, `log holds ${original}`).not.toContain(original);
    }
    expect(logs).toMatch(/POST \/credere\/api\/v1\/customers -> 422 drift: request 1/);
    expect(logs).toContain('GET /credere/api/v1/customers?name=*** -> 200');
    const fv = parse(readFileSync(fvFile, 'utf8')) as Json;
    const customer = fv.firstvision.customers[0] as Json;
    expect(customer.customerNumber).toBe(customerNumber);
    expect(isValidCpf(customer.owner.identificationNumber as string)).toBe(true);
    const pan = customer.relationships[0].accounts[0].cards[0].cardNumber as string;
    expect([pan.slice(0, 6), pan.length, isLuhnValid(pan)]).toEqual([fvPan.slice(0, 6), fvPan.length, true]);
    const cr = parse(readFileSync(crFile, 'utf8')) as Json;
    expect(isValidCpf(cr.credere.customers[0].customer.cpf as string)).toBe(true);
    expect(cr.credere.customers[0].customer.cpf).toMatch(/^\d{3}\.\d{3}\.\d{3}-\d{2}$/);
  });

  it('serves the recording with a fresh clientela: the same finds give the same data, masked', async () => {
    const fresh = await startCli(['serve', '--port', '0', '--scenario', `${fvFile},${crFile}`]);
    started.push(fresh);
    const fv = (parse(readFileSync(fvFile, 'utf8')) as Json).firstvision.customers[0] as Json;
    const replayed = await fvFinds(await fvSession(fresh.url), customerNumber);
    expect(replayed.accounts).toEqual(vendorFinds.accounts);
    const pan = fv.relationships[0].accounts[0].cards[0].cardNumber as string;
    expect(replayed.cards).toEqual([`${pan.slice(0, 4)}${'x'.repeat(pan.length - 8)}${pan.slice(-4)}`]);
    const shown = JSON.stringify(replayed.demographics);
    expect(shown).toContain(fv.owner.nameLine1 as string);
    expect(shown).not.toContain(fvOwner.name);
    // Every field but the personal ones is what the vendor answered.
    const withoutPersonal = (value: unknown): unknown => {
      if (Array.isArray(value)) return value.map(withoutPersonal);
      if (value === null || typeof value !== 'object') return value;
      return Object.fromEntries(Object.entries(value).filter(([key]) => !(key in firstVisionPersonalFields)).map(([key, inner]) => [key, withoutPersonal(inner)]));
    };
    expect(withoutPersonal(replayed.demographics)).toEqual(withoutPersonal(vendorFinds.demographics));

    const cr = (parse(readFileSync(crFile, 'utf8')) as Json).credere.customers[0].customer as Json;
    const found = await call(fresh.url, 'GET', `${CR}/customers/find?cpf_cnpj=${String(cr.cpf).replace(/\D/g, '')}`, crAuth);
    expect(found.status).toBe(200);
    const masked = found.body.customer as Json;
    expect([masked.cpf, masked.name]).toEqual([cr.cpf, cr.name]);
    expect(masked.name).not.toBe(crCustomer.name);
    // Everything but the personal fields is as the vendor had it; the personal ones are the recording's fakes.
    const personal = (c: Json) => ({ cpf: c.cpf, name: c.name, mother: c.mother, phone: c.phones[0].number, email: c.emails[0].address, street: c.address.street, zip: c.address.zip_code, number: c.address.number });
    const strip = (c: Json) => comparable({ ...c, cpf: 0, name: 0, mother: 0, phones: c.phones.map((p: Json) => ({ ...p, number: 0 })), emails: c.emails.map((e: Json) => ({ ...e, address: 0 })), address: { ...c.address, street: 0, zip_code: 0, number: 0 } });
    expect(strip(masked)).toEqual(strip(crCreated));
    expect(personal(masked)).toEqual({ cpf: cr.cpf, name: cr.name, mother: cr.mother, phone: cr.phones[0].number, email: cr.emails[0].address, street: cr.address.street, zip: cr.address.zip_code, number: cr.address.number });
    for (const [key, value] of Object.entries(personal(masked))) expect(value, key).not.toEqual(personal(crCreated)[key as keyof ReturnType<typeof personal>]);
  }, 90_000);
});
