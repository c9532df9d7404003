import { describe, expect, it } from 'vitest';
import { customers } from '../../mock/firstvision/domain/firstvision-collections.js';
import { digitsKey, identifierKey, lastNameKey, phoneKey, prefixKey } from '../../mock/firstvision/domain/lookup-keys.js';
import { loadContracts } from '../../src/contracts/load-contracts.js';
import { sharedMock } from '../helpers/start-mock.js';
import { addAccount, addCustomer, expectRefusal, type FvCall, fvSession } from './fv-session.js';

const sandbox = sharedMock();
const contract = loadContracts().get('customerLookup');
const validate200 = contract.responses.get(200);
const example = contract.contract.examples?.[0]?.request?.body as Record<string, unknown>;

const MARIA = {
  nameLine1: 'MARIA APARECIDA SOUZA', firstName: 'MARIA', middleName: 'APARECIDA', lastName: 'Souza', title: 'SRA', houseAddress1: 'AV PAULISTA 1500',
  city: 'SAO PAULO', state: 'SP', postalCode: '01310-200', identificationNumber: '529.982.247-25', homePhoneNumber: '+55 11 3333-4444',
  mobilePhoneNumber: '+55 11 98888-7777', employerPhoneNumber: '(11) 2222-1111', dateOfBirth: '1985-04-12', countryCode: 'BRA',
};
const owner = (extra: Record<string, unknown>) => ({ houseAddress1: 'RUA A 1', city: 'SAO PAULO', state: 'SP', ...extra });

type Key = 'identifier' | 'lastName' | 'phoneNumber' | 'postalCode';
const OPTION: Record<Key, string> = { identifier: 'identifierOption', lastName: 'lastNameOption', phoneNumber: 'phoneNumberOption', postalCode: 'postalCodeOption' };
const FIELD: Record<Key, string> = { identifier: 'identifier', lastName: 'lastBusinessName', phoneNumber: 'phoneNumber', postalCode: 'postalCode' };

/** A lookup body by one primary key. */
function by(key: Key, value: string, extra: Record<string, unknown> = {}) {
  return { numberOfRecords: 10, requestOptionData: { [OPTION[key]]: 1 }, primarySearchData: { [FIELD[key]]: value }, ...extra };
}

async function world() {
  const mock = sandbox();
  const { call } = await fvSession(mock);
  const maria = await addCustomer(call, { owner: MARIA });
  const account = await addAccount(call, maria);
  const jose = await addCustomer(call, { owner: owner({ nameLine1: 'JOSE SOUZANO', postalCode: '01310200', identificationNumber: '11144477735' }) });
  const acme = await addCustomer(call, { owner: owner({ nameLine1: 'ACME LTDA', postalCode: '20000-000' }) });
  return { mock, call, maria, account, jose, acme };
}

async function lookup(call: FvCall, body: Record<string, unknown>) {
  const response = await call('POST', '/customer/lookup', body);
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  expect(validate200?.(response.body), JSON.stringify(validate200?.errors)).toBe(true);
  return response.body.data as { moreDataFlag: string; nextToken: string; numberOfReturnedItems: number; transactionData: Array<Record<string, unknown>> };
}
const numbers = (data: Awaited<ReturnType<typeof lookup>>) => data.transactionData.map((row) => row.customerNumber);

describe('Customer Lookup (POST /customer/lookup)', () => {
  it('finds a customer by identification number, punctuation ignored, with the owner and the first account', async () => {
    const { call, maria, account } = await world();
    const data = await lookup(call, by('identifier', '52998224725'));
    expect(data).toMatchObject({ moreDataFlag: 'N', nextToken: maria, numberOfReturnedItems: 1 });
    expect(data.transactionData[0]).toMatchObject({
      customerNumber: maria, key: maria, customerOrganization: 970, accountNumber: account, accountOrganization: 970, firstName: 'MARIA',
      middleName: 'APARECIDA', lastOrBusinessName: 'Souza', identifier: '529.982.247-25', postalCode: '01310-200', dateOfBirth: '1985-04-12', country: 'BRA', title: 'SRA', workPhoneNumber: '(11) 2222-1111',
    });
    expect(numbers(await lookup(call, by('identifier', '529.982.247-25')))).toEqual([maria]);
  });

  it.each([
    ['the home phone', '(11) 3333-4444'],
    ['the mobile phone', '11988887777'],
    ['the work phone', '+55 11 2222-1111'],
  ])('finds a customer by %s, digits compared', async (_name, phone) => {
    const { call, maria } = await world();
    expect(numbers(await lookup(call, by('phoneNumber', phone)))).toEqual([maria]);
  });

  it('finds customers by postal code, by last name (exact, accents and case aside, or whole name line), by a prefix and by LAST,FIRST', async () => {
    const { call, maria, jose, acme } = await world();
    expect(numbers(await lookup(call, by('postalCode', '01310200')))).toEqual([maria, jose].sort());
    expect(numbers(await lookup(call, by('lastName', 'SOUZA')))).toEqual([maria]);
    expect(numbers(await lookup(call, by('lastName', 'ACME LTDA')))).toEqual([acme]);
    expect(numbers(await lookup(call, by('lastName', 'SOUZ*')))).toEqual([maria, jose].sort());
    expect(numbers(await lookup(call, by('lastName', 'SOUZ', { lastNameFuzzySwitch: 1 })))).toEqual([maria, jose].sort());
    expect(numbers(await lookup(call, by('lastName', 'SOUZA,MAR*')))).toEqual([maria]);
    expect(numbers(await lookup(call, by('lastName', 'SOUZA,*RIA')))).toEqual([maria]);
    expect(numbers(await lookup(call, by('lastName', 'SOUZA,JOSE')))).toEqual([]);
  });

  it('narrows by organization and by the optional data, any (0) or all (1) of it', async () => {
    const { call, maria, jose } = await world();
    const zip = (extra: Record<string, unknown>) => lookup(call, by('postalCode', '01310-200', extra)).then(numbers);
    expect(await zip({ organizationNumber: 971 })).toEqual([]);
    expect(await zip({ organizationNumber: 970, optionalSearchData: { firstName: 'maria' } })).toEqual([maria]);
    expect(await zip({ optionalSearchData: { firstName: 'MARIA', title: 'SR' } })).toEqual([maria]);
    expect(await zip({ optionalDataMatch: 1, optionalSearchData: { firstName: 'MARIA', title: 'SR' } })).toEqual([]);
    expect(await zip({ optionalDataMatch: 1, optionalSearchData: { firstName: 'MARIA', dateOfBirth: '1985-04-12' } })).toEqual([maria]);
    expect(await zip({ optionalSearchData: { countryCode: 'USA' } })).not.toContain(jose);
  });

  it('answers no rows when nothing matches', async () => {
    const { call } = await world();
    expect(await lookup(call, by('identifier', '00000000191'))).toEqual({ moreDataFlag: 'N', nextToken: '', numberOfReturnedItems: 0, serviceReturn: '0', transactionData: [] });
  });

  it('pages numberOfRecords at a time: N after the nextToken, P before the first row’s key', async () => {
    const mock = sandbox();
    const { call } = await fvSession(mock);
    const added: string[] = [];
    for (let i = 0; i < 5; i += 1) added.push(await addCustomer(call, { owner: owner({ nameLine1: `ANA SILVA ${i}`, lastName: 'SILVA', postalCode: '59075-810' }) }));
    const sorted = [...added].sort();
    const first = await lookup(call, by('lastName', 'SILVA', { numberOfRecords: 2 }));
    expect({ rows: numbers(first), more: first.moreDataFlag, next: first.nextToken }).toEqual({ rows: sorted.slice(0, 2), more: 'Y', next: sorted[1] });
    const second = await lookup(call, by('lastName', 'SILVA', { numberOfRecords: 2, serviceFunctionCode: 'N', startToken: first.nextToken }));
    expect(numbers(second)).toEqual(sorted.slice(2, 4));
    const third = await lookup(call, by('lastName', 'SILVA', { numberOfRecords: 2, serviceFunctionCode: 'N', startToken: second.nextToken }));
    expect({ rows: numbers(third), more: third.moreDataFlag }).toEqual({ rows: sorted.slice(4), more: 'N' });
    const back = await lookup(call, by('lastName', 'SILVA', { numberOfRecords: 2, serviceFunctionCode: 'P', startToken: second.transactionData[0]?.key }));
    expect(numbers(back)).toEqual(sorted.slice(0, 2));
  });

  it('finds a customer under its new keys once Customer Update changed them (the lazy indexes follow writes)', async () => {
    const { call, maria } = await world();
    expect(numbers(await lookup(call, by('postalCode', '01310-200')))).toContain(maria);
    const update = await call('PUT', '/customer', { organizationNumber: 970, customerNumber: maria, numberType: '1', demographicDataIndicator: '1', postalCode: '04538-133' });
    expect(update.status, JSON.stringify(update.body)).toBe(200);
    expect(numbers(await lookup(call, by('postalCode', '04538133')))).toEqual([maria]);
    expect(numbers(await lookup(call, by('postalCode', '01310-200')))).not.toContain(maria);
  });

  it('answers the contract’s example against the default scenario’s customer', async () => {
    const mock = sandbox();
    const { call } = await fvSession(mock);
    await addCustomer(call, { number: '9704010000000001467', owner: MARIA });
    expect(numbers(await lookup(call, example))).toEqual(['9704010000000001467']);
  });

  it('finds the customer of the provider state that gives it an identification number', async () => {
    const mock = sandbox();
    const { call } = await fvSession(mock);
    const state = 'a customer 9700000000000000999 with identification number 111.444.777-35 exists';
    expect((await mock.call('POST', '/__admin/provider-states', { body: { state } })).status).toBe(200);
    expect(numbers(await lookup(call, by('identifier', '11144477735')))).toEqual(['9700000000000000999']);
  });

  it.each([
    ['51 records', by('identifier', '52998224725', { numberOfRecords: 51 }), 'VPL5SZL03S'],
    ['0 records', by('identifier', '52998224725', { numberOfRecords: 0 }), 'VPL5SZL03S'],
    ['N without a token', by('identifier', '52998224725', { serviceFunctionCode: 'N' }), 'VPL5SZL04S'],
    ['function X', by('identifier', '52998224725', { serviceFunctionCode: 'X' }), 'VPL5SZL05S'],
    ['no search option', { numberOfRecords: 1, primarySearchData: { identifier: '52998224725' } }, 'VPL5SZL06S'],
    ['two search options', by('identifier', '52998224725', { requestOptionData: { identifierOption: 1, postalCodeOption: 1 } }), 'VPL5SZL06S'],
    ['an empty primary field', by('postalCode', '  '), 'VPL5SZL07S'],
    ['a leading asterisk', by('postalCode', '*1310'), 'VPL5SZL11S'],
    ['a name with two commas', by('lastName', 'SOUZA,MARIA,ANA'), 'VPL5SZL12S'],
    ['a one-letter last name', by('lastName', 'S*'), 'VPL5SZL13S'],
    ['an asterisk inside the last name', by('lastName', 'SO*ZA'), 'VPL5SZL14S'],
    ['a one-letter first name', by('lastName', 'SOUZA,M'), 'VPL5SZL15S'],
    ['an asterisk inside the first name', by('lastName', 'SOUZA,MA*IA'), 'VPL5SZL16S'],
    ['an asterisk in the identifier', by('identifier', '529982*'), 'VPL5SZL19S'],
    ['a five-character identifier', by('identifier', '52998'), 'VPL5SZL20S'],
    ['a 26-character identifier', by('identifier', '1'.repeat(26)), 'VPL5SZL21S'],
    ['an asterisk in the phone', by('phoneNumber', '113333*'), 'VPL5SZL24S'],
    ['a five-character phone', by('phoneNumber', '33334'), 'VPL5SZL25S'],
    ['a 21-character phone', by('phoneNumber', '1'.repeat(21)), 'VPL5SZL26S'],
    ['a field the request does not have', by('identifier', '52998224725', { customerNumber: '9704010000000001467' }), 'CLTVAL001E'],
    ['numberOfRecords as text', by('identifier', '52998224725', { numberOfRecords: 'ten' }), 'VPL5SZL03S'],
    ['a fuzzy switch of 7', by('identifier', '52998224725', { phoneFuzzySwitch: 7 }), 'CLTVAL001E'],
  ])('answers 422 for %s and changes nothing', async (_name, body, code) => {
    const { mock, call } = await world();
    await expectRefusal(mock, () => call('POST', '/customer/lookup', body), 422, code);
  });

  it('answers 400 in the FirstVision envelope for a body that is not JSON, and changes nothing', async () => {
    const { mock } = await world();
    const { auth } = await fvSession(mock);
    const raw = '{"numberOfRecords": ';
    await expectRefusal(mock, () => mock.call('POST', '/firstvision/customer/lookup', { headers: { ...auth, 'content-type': 'application/json' }, raw }), 400, '400');
  });

  it('leaves the state as it was after successful searches', async () => {
    const { mock, call } = await world();
    const before = await mock.state();
    await lookup(call, by('lastName', 'SOUZ*'));
    await lookup(call, by('phoneNumber', '(11) 3333-4444'));
    expect(await mock.state()).toEqual(before);
  });
});

describe('Customer Lookup keys', () => {
  it('normalise the stored fields into the customers’ lazy lookup indexes', () => {
    expect([identifierKey('529.982.247-25'), identifierKey('ab-12'), identifierKey('  ')]).toEqual(['52998224725', 'AB12', undefined]);
    expect([digitsKey('01310-200'), digitsKey(''), digitsKey(undefined)]).toEqual(['01310200', undefined, undefined]);
    expect([phoneKey('+55 (11) 3333-4444'), phoneKey('55 11 98888-7777'), phoneKey('5511')]).toEqual(['1133334444', '11988887777', '5511']);
    expect([lastNameKey({ lastName: 'Conceição' }), lastNameKey({ nameLine1: 'JOSE  DA SILVA' }), lastNameKey({})]).toEqual(['conceicao', 'silva', undefined]);
    expect([prefixKey('souza'), prefixKey('s'), prefixKey(undefined)]).toEqual(['so', undefined, undefined]);
    const lazy = customers.indexes.filter((index) => index.lazy === true).map((index) => index.name);
    expect(lazy).toEqual(expect.arrayContaining(['identifier', 'lastName', 'lastNamePrefix', 'homePhone', 'mobilePhone', 'workPhone', 'postalCode']));
  });
});
