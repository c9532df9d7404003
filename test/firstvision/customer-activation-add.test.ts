import { describe, expect, it } from 'vitest';
import { panToken } from '../../mock/firstvision/pan-display.js';
import { loadContracts } from '../../src/contracts/load-contracts.js';
import { sharedMock, type SandboxedMock } from '../helpers/start-mock.js';
import { addAccount, addCard, addCustomer, expectRefusal, fvSession, type FvCall } from './fv-session.js';

const sandbox = sharedMock();
const contract = loadContracts().get('customerActivationAdd');
const validate200 = contract.responses.get(200);
const example = contract.contract.examples?.[0]?.request?.body as { customerActivationData: Record<string, Record<string, unknown>> };
const ZEROS = '0'.repeat(19);

const OWNER = {
  nameLine1: 'JOAO PEREIRA', houseNumber: '1500', houseName: 'EDIFICIO SOL', houseAddress1: 'AV PAULISTA 1500', houseAddress2: 'APTO 72',
  houseAddress3: 'BELA VISTA', houseAddress4: 'SAO PAULO', city: 'SAO PAULO', state: 'SP', postalCode: '01310-200', email: 'joao@example.com.br', dateOfBirth: '1980-05-20',
};

type Keys = { org?: number; customerNumber?: string; accountNumber: string; panToken: string };

function activationBody(keys: Keys, owner: Record<string, unknown> = OWNER) {
  return {
    customerActivationData: {
      customerActivationKeyData: { organizationNumber: keys.org ?? 970, customerNumber: keys.customerNumber ?? ZEROS, accountNumber: keys.accountNumber, coOwnerIndicator: 1, dualFlag: '0', panToken: keys.panToken, globalQualification: 'A' },
      customerActivationMiscellaneousData: { vipStatus: 0, sicCode: 5999, status: 0 },
      ownerCoOwnerActivationData: { ownerActivationData: owner },
    },
  };
}

/** A customer, its account and a physical card waiting for activation; the card as a PAN token. */
async function cardToActivate(mock: SandboxedMock, call: FvCall) {
  const holder = await addCustomer(call);
  const accountNumber = await addAccount(call, holder);
  await addCard(call, accountNumber);
  const pan = Object.keys(await mock.rows('firstvision.cards'))[0] as string;
  return { holder, accountNumber, pan, token: panToken(pan) };
}

const activate = (call: FvCall, body: unknown) => call('POST', '/customer/activation', body);
const cardStatus = async (call: FvCall, customerNumber: string) =>
  (await call('GET', '/customer/v1/cards?hasOtherCardHolder=false&pageNumber=1', undefined, { organizationnumber: '970', customernumber: customerNumber })).body.data.cards[0].cardStatus;

describe('Customer with PAN Activation Add (POST /customer/activation)', () => {
  it('adds the customer record and activates the card, in the contract’s shape; a second activation activates nothing', async () => {
    const mock = sandbox();
    const { call } = await fvSession(mock);
    const { holder, accountNumber, pan, token } = await cardToActivate(mock, call);
    expect(await cardStatus(call, holder)).toBe('0');
    const response = await activate(call, { ...activationBody({ accountNumber, panToken: token }), resvActivationData: { reservedCode1: '7', reservedAmt1: 12.5 } });
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    expect(validate200?.(response.body)).toBe(true);
    const { data } = response.body;
    expect(data).toMatchObject({ organizationNumber: 970, accountNumber, numberCardsActivated: 1, reservedCode1: 7, reservedAmt1: 12.5 });
    expect(data.customerNumber).toMatch(/^970000\d{13}$/);
    expect(data.customerNumber).not.toBe(holder);
    expect(data.cardNumber.endsWith(pan.slice(-4))).toBe(true);
    expect(data.cardNumber).not.toContain(pan.slice(6, -4));
    expect(await cardStatus(call, holder)).toBe('1');
    const added = (await mock.rows('firstvision.customers'))[data.customerNumber];
    expect(added).toMatchObject({ organization: 970, status: 0, sicCode: 5999, owner: { nameLine1: 'JOAO PEREIRA', city: 'SAO PAULO' } });
    const again = await activate(call, activationBody({ accountNumber, panToken: pan.padStart(19, '0') }));
    expect(again.body.data).toMatchObject({ numberCardsActivated: 0, accountNumber });
  });

  it('answers the contract’s example unchanged once the provider state puts its account and card on file', async () => {
    const mock = sandbox();
    const { call } = await fvSession(mock);
    const keys = example.customerActivationData.customerActivationKeyData as { accountNumber: string; panToken: string };
    const state = `customer ${keys.accountNumber} has account ${keys.accountNumber} with card ${keys.panToken.replace(/^0+/, '')} awaiting activation`;
    const setUp = await mock.call('POST', '/__admin/provider-states', { body: { state } });
    expect(setUp.status, JSON.stringify(setUp.body)).toBe(200);
    const response = await activate(call, example);
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    expect(validate200?.(response.body)).toBe(true);
    expect(response.body.data).toMatchObject({ accountNumber: keys.accountNumber, numberCardsActivated: 1 });
  });

  type Refusal = [what: string, body: (keys: { accountNumber: string; token: string; holder: string; other: string; otherToken: string }) => unknown, code: string];
  it.each<Refusal>([
    ['the organization is unknown', (k) => activationBody({ org: 555, accountNumber: k.accountNumber, panToken: k.token }), 'VPL5SGCZ4S'],
    ['the organization is out of range', (k) => activationBody({ org: 999, accountNumber: k.accountNumber, panToken: k.token }), 'VPL5SGC01E'],
    ['the account is not on file', (k) => activationBody({ accountNumber: '9704010000000099999', panToken: k.token }), 'VPL5SGC03S'],
    ['the card is not on file', (k) => activationBody({ accountNumber: k.accountNumber, panToken: '0000004000000000002' }), 'VPL5SGC01S'],
    ['the card is on another account', (k) => activationBody({ accountNumber: k.accountNumber, panToken: k.otherToken }), 'VPL5SGC01S'],
    ['the customer number exists', (k) => activationBody({ customerNumber: k.holder, accountNumber: k.accountNumber, panToken: k.token }), 'VPL5SNA90S'],
    ['the customer number is an account number', (k) => activationBody({ customerNumber: k.other, accountNumber: k.accountNumber, panToken: k.token }), 'VPL5SNA91S'],
    ['the customer number is not 19 digits', (k) => activationBody({ customerNumber: '97000000000000001', accountNumber: k.accountNumber, panToken: k.token }), 'VPL5SCA07E'],
    ['the home phone flag is set without a number', (k) => activationBody({ accountNumber: k.accountNumber, panToken: k.token }, { ...OWNER, homePhoneFlag: 1 }), 'VPL5SGC44E'],
    ['two channels are preferred', (k) => activationBody({ accountNumber: k.accountNumber, panToken: k.token }, { ...OWNER, mobilePhoneNumber: '11999998888', mobilePhoneFlag: 2, emailFlag: 2 }), 'VPL5SGC42E'],
    ['the date of birth is not in the past', (k) => activationBody({ accountNumber: k.accountNumber, panToken: k.token }, { ...OWNER, dateOfBirth: '2999-01-01' }), 'VPL5SGC53E'],
    ['the owner has no postal code (published as required)', (k) => activationBody({ accountNumber: k.accountNumber, panToken: k.token }, { ...OWNER, postalCode: undefined }), 'CLTVAL001E'],
    ['the key data is missing', () => ({ customerActivationData: {} }), 'CLTVAL001E'],
    ['the card token is not 19 characters', (k) => activationBody({ accountNumber: k.accountNumber, panToken: k.token.slice(1) }), 'CLTVAL001E'],
  ])('refuses with 422 when %s, changing nothing (the card stays inactive)', async (_what, body, code) => {
    const mock = sandbox();
    const { call } = await fvSession(mock);
    const { holder, accountNumber, token } = await cardToActivate(mock, call);
    const other = await addAccount(call, holder);
    await addCard(call, other);
    const otherPan = Object.values(await mock.rows('firstvision.cards')).find((card) => card.accountNumber === other)?.pan as string;
    await expectRefusal(mock, () => activate(call, body({ accountNumber, token, holder, other, otherToken: panToken(otherPan) })), 422, code);
    expect(await cardStatus(call, holder)).toBe('0');
  });
});
