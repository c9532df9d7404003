import { describe, expect, it } from 'vitest';
import { generatePan, isBlankNumber, nineteenDigitNumber } from '../../mock/firstvision/number-generator.js';
import { displayPan, maskPan, panFromToken, panToken } from '../../mock/firstvision/pan-display.js';
import { pageWindow } from '../../mock/firstvision/page-window.js';
import { ReplayCache } from '../../mock/firstvision/replay-cache.js';
import { TokenRegistry } from '../../mock/firstvision/token-registry.js';
import { isLuhnValid } from '../../src/numbers/luhn.js';
import { sharedMock } from '../helpers/start-mock.js';
import { accountAddBody, addAccount, addCard, addCustomer, customerAddBody, expectRefusal, fvSession, relationshipAddBody } from './fv-session.js';

const sandbox = sharedMock();
const fullPans = sharedMock({ config: { firstvision: { panDisplay: 'full' } } });

describe('FirstVision numbers', () => {
  it('builds 19-digit numbers from org, logo, sequence and a Luhn digit', () => {
    expect(nineteenDigitNumber(970, 401, 1)).toMatch(/^970401000000000001\d$/);
    expect(isLuhnValid(nineteenDigitNumber(970, 0, 123456))).toBe(true);
    expect(nineteenDigitNumber(970, 0, 5).slice(0, 6)).toBe('970000');
  });

  it.each([[16], [19], [13]])('builds Luhn-valid PANs of length %i with the BIN', (length) => {
    const pan = generatePan('40009701', length, 42);
    expect(pan).toHaveLength(length);
    expect(pan.startsWith('40009701') && isLuhnValid(pan)).toBe(true);
  });

  it.each([[undefined, true], ['', true], ['   ', true], ['0000000000000000000', true], ['0000000000000000123', false]])('treats %j as blank: %s', (value, blank) => {
    expect(isBlankNumber(value)).toBe(blank);
  });

  it.each(['4000970100000017', '5100970500000015', '4000970199999996', '1234567890123', '9999999999999999999'])('reads PAN %s back from its 19-character token', (pan) => {
    const token = panToken(pan);
    expect(token).toMatch(/^[0-9A-Z]{19}$/);
    expect(token.endsWith(pan.slice(-4))).toBe(true);
    expect(panFromToken(token)).toBe(pan);
  });

  it('masks PANs as first 4, x, last 4 and shows them per mode', () => {
    expect(maskPan('0581123456785846')).toBe('0581xxxxxxxx5846');
    expect(displayPan('4000970100000017', 'full')).toBe('4000970100000017');
    expect(displayPan('4000970100000017', 'token')).toBe(panToken('4000970100000017'));
    expect(panFromToken('0000000000000000123')).toBeUndefined();
  });

  it.each([
    ['first page', 25, 20, ' ', -1, { start: 0, end: 20, more: true }],
    ['next after 19', 25, 20, 'N', 19, { start: 20, end: 25, more: false }],
    ['previous before 20', 25, 20, 'P', 20, { start: 0, end: 20, more: true }],
    ['previous before 3', 25, 5, 'P', 3, { start: 0, end: 3, more: true }],
    ['empty list', 0, 5, '', -1, { start: 0, end: 0, more: false }],
  ])('pages: %s', (_name, total, size, code, at, window) => {
    expect(pageWindow(total, size, code, at)).toEqual(window);
  });

  it('keeps tokens bounded and expires them', () => {
    const tokens = new TokenRegistry('s', 3);
    const issued = [1, 2, 3, 4].map((i) => tokens.issue(i, 10).accessToken);
    expect(tokens.size).toBe(3);
    expect(tokens.isValid(issued[0] as string, 5)).toBe(false);
    expect(tokens.isValid(issued[3] as string, 5)).toBe(true);
    expect(tokens.isValid(issued[3] as string, 20_000)).toBe(false);
  });

  it('forgets request ids after the window', () => {
    const seen = new ReplayCache(1000, 2);
    expect(seen.remember('a', 0)).toBe(true);
    expect(seen.remember('a', 500)).toBe(false);
    expect(seen.remember('a', 1600)).toBe(true);
  });
});

// A reserved or issued number is never issued again, across kinds (customer, account, relationship, card): issue 3.

async function withAccount() {
  const mock = fullPans();
  const { call } = await fvSession(mock);
  const customerNumber = await addCustomer(call);
  const accountNumber = await addAccount(call, customerNumber);
  return { mock, call, customerNumber, accountNumber };
}

type Reserved = { customers: string[]; accounts: string[]; relationships: string[]; cards: string[] };

/** Reserves one number of each kind in org 970, logo 401. */
async function reserve(call: Awaited<ReturnType<typeof fvSession>>['call']): Promise<Reserved> {
  const data = (await call('POST', '/customer/generation', {
    organizationNumber: 970, logo: '401', dualIndicator: '0',
    customerNumbersRequested: 1, accountNumbersRequested: 1, relationshipNumbersRequested: 1, embosserNumbersRequested: 1,
  })).body.data;
  return {
    customers: data.customerData.map((row: { customerNumber: string }) => row.customerNumber),
    accounts: data.accountData.map((row: { accountNumber: string }) => row.accountNumber),
    relationships: data.relationshipData.map((row: { relationshipNumber: string }) => row.relationshipNumber),
    cards: data.embosserData.map((row: { cardNumber: string }) => row.cardNumber),
  };
}

describe('Embosser Add number uniqueness', () => {
  const embosser = (accountNumber: string, cardNumber: string) => ({ organizationNumber: 970, postToAccount: accountNumber, cardNumber });

  it('answers VPL5SAP90S for an existing PAN sent zero-padded to 19 digits, and changes nothing', async () => {
    const { mock, call, accountNumber } = await withAccount();
    expect(await addCard(call, accountNumber, { cardNumber: '4000970100000013' })).toBe('4000970100000013');
    await expectRefusal(mock, () => call('POST', '/cards/embosser/l8vf', embosser(accountNumber, '0004000970100000013')), 422, 'VPL5SAP90S');
  });

  it('stores a PAN sent zero-padded to 19 digits as the PAN itself', async () => {
    const { call, accountNumber } = await withAccount();
    expect(await addCard(call, accountNumber, { cardNumber: '0004000970100000013' })).toBe('4000970100000013');
  });

  it.each([
    ['fails the Luhn check', '1234567890123'],
    ['is a padded number too short for a PAN', '0000000000012345674'],
  ])('answers VPL5SAP91S for a card number that %s, and changes nothing', async (_name, cardNumber) => {
    const { mock, call, accountNumber } = await withAccount();
    await expectRefusal(mock, () => call('POST', '/cards/embosser/l8vf', embosser(accountNumber, cardNumber)), 422, 'VPL5SAP91S');
  });

  it.each([
    ['a customer number', async (ctx: Awaited<ReturnType<typeof withAccount>>) => ctx.customerNumber],
    ['the seed-style customer 0000000000000000123', async (ctx: Awaited<ReturnType<typeof withAccount>>) => addCustomer(ctx.call, { number: '0000000000000000123' })],
    ['an account number', async (ctx: Awaited<ReturnType<typeof withAccount>>) => ctx.accountNumber],
    ['a relationship number', async (ctx: Awaited<ReturnType<typeof withAccount>>) =>
      (await ctx.call('POST', '/customer/relationship', relationshipAddBody(ctx.customerNumber))).body.data.relationshipNumber as string],
    ['a number reserved as an account', async (ctx: Awaited<ReturnType<typeof withAccount>>) => (await reserve(ctx.call)).accounts[0] as string],
  ])('answers VPL5SAP90S for %s sent as the card number, and changes nothing', async (_name, numberOf) => {
    const ctx = await withAccount();
    const number = await numberOf(ctx);
    await expectRefusal(ctx.mock, () => ctx.call('POST', '/cards/embosser/l8vf', embosser(ctx.accountNumber, number)), 422, 'VPL5SAP90S');
  });

  it('accepts a card number reserved in the org once, as a PAN or zero-padded, then refuses it', async () => {
    const { mock, call, accountNumber } = await withAccount();
    const [pan] = (await reserve(call)).cards as [string];
    expect(await addCard(call, accountNumber, { cardNumber: pan.padStart(19, '0') })).toBe(pan);
    await expectRefusal(mock, () => call('POST', '/cards/embosser/l8vf', embosser(accountNumber, pan)), 422, 'VPL5SAP90S');
  });
});

describe('Account Add number uniqueness', () => {
  it.each([
    ['another customer number', async (ctx: Awaited<ReturnType<typeof withAccount>>) => addCustomer(ctx.call)],
    ['a number reserved as a customer number', async (ctx: Awaited<ReturnType<typeof withAccount>>) => (await reserve(ctx.call)).customers[0] as string],
    ['a number reserved as a relationship number', async (ctx: Awaited<ReturnType<typeof withAccount>>) => (await reserve(ctx.call)).relationships[0] as string],
    ['a relationship number', async (ctx: Awaited<ReturnType<typeof withAccount>>) =>
      (await ctx.call('POST', '/customer/relationship', relationshipAddBody(ctx.customerNumber))).body.data.relationshipNumber as string],
    ['an account number another customer linked on Customer Add', async (ctx: Awaited<ReturnType<typeof withAccount>>) => {
      await addCustomer(ctx.call, { account: '9704019999999999999' });
      return '9704019999999999999';
    }],
  ])('answers VPL5SAA14S for %s, and changes nothing', async (_name, numberOf) => {
    const ctx = await withAccount();
    const number = await numberOf(ctx);
    await expectRefusal(ctx.mock, () => ctx.call('POST', '/account/add-L8V3', accountAddBody(ctx.customerNumber, { accountNumber: number })), 422, 'VPL5SAA14S');
  });

  it('answers VPL5SAA14S for an account number reserved in another organization, and changes nothing', async () => {
    const mock = sandbox();
    const { call } = await fvSession(mock);
    const customerNumber = await addCustomer(call, { org: 120 });
    const accountNumber = (await reserve(call)).accounts[0] as string;
    await expectRefusal(mock, () => call('POST', '/account/add-L8V3', { accountData: { organization: 120, logo: 201, customerNumber, accountNumber } }), 422, 'VPL5SAA14S');
  });

  it("accepts the customer's own number as its account number (the vendor's examples)", async () => {
    const { call } = await withAccount();
    const customerNumber = await addCustomer(call, { number: '0000000000000000777' });
    expect(await addAccount(call, customerNumber, { accountNumber: customerNumber })).toBe(customerNumber);
  });
});

describe('Customer Add number uniqueness', () => {
  it.each([
    ['an account number', async (ctx: Awaited<ReturnType<typeof withAccount>>) => ctx.accountNumber],
    ['a relationship number', async (ctx: Awaited<ReturnType<typeof withAccount>>) =>
      (await ctx.call('POST', '/customer/relationship', relationshipAddBody(ctx.customerNumber))).body.data.relationshipNumber as string],
    ['a number reserved as an account', async (ctx: Awaited<ReturnType<typeof withAccount>>) => (await reserve(ctx.call)).accounts[0] as string],
    ['a number another customer linked as its account', async (ctx: Awaited<ReturnType<typeof withAccount>>) => {
      await addCustomer(ctx.call, { account: '9704019999999999999' });
      return '9704019999999999999';
    }],
  ])('answers VPL5SNA91S when the customer number is %s, and changes nothing', async (_name, numberOf) => {
    const ctx = await withAccount();
    const number = await numberOf(ctx);
    await expectRefusal(ctx.mock, () => ctx.call('POST', '/customer/l8v2', customerAddBody({ number })), 422, 'VPL5SNA91S');
  });

  it('accepts a number reserved as a customer number in its org', async () => {
    const { call } = await withAccount();
    const [number] = (await reserve(call)).customers as [string];
    expect(await addCustomer(call, { number })).toBe(number);
  });

  it.each([
    ["another customer's account", async (ctx: Awaited<ReturnType<typeof withAccount>>) => ctx.accountNumber],
    ["another customer's number", async (ctx: Awaited<ReturnType<typeof withAccount>>) => ctx.customerNumber],
    ['an account number another customer already linked', async (ctx: Awaited<ReturnType<typeof withAccount>>) => {
      await addCustomer(ctx.call, { account: '9704019999999999999' });
      return '9704019999999999999';
    }],
    ['a number reserved as a customer number', async (ctx: Awaited<ReturnType<typeof withAccount>>) => (await reserve(ctx.call)).customers[0] as string],
  ])('answers VPL5SNA92S when the account number to link is %s, and changes nothing', async (_name, numberOf) => {
    const ctx = await withAccount();
    const account = await numberOf(ctx);
    await expectRefusal(ctx.mock, () => ctx.call('POST', '/customer/l8v2', customerAddBody({ account })), 422, 'VPL5SNA92S');
  });

  it('links its own customer number, or a number reserved as an account, and Account Add then uses it', async () => {
    const { call } = await withAccount();
    const own = await addCustomer(call, { number: '0000000000000000888', account: '0000000000000000888' });
    expect(await addAccount(call, own)).toBe(own);
    const [reserved] = (await reserve(call)).accounts as [string];
    const other = await addCustomer(call, { account: reserved });
    expect(await addAccount(call, other)).toBe(reserved);
  });
});

describe('Relationship Add number uniqueness', () => {
  it.each([
    ['reserved as an account number', 'accounts'],
    ['reserved as a customer number', 'customers'],
  ] as const)('answers VPL5SAR90S when the number is %s, and changes nothing', async (_name, kind) => {
    const { mock, call, customerNumber } = await withAccount();
    const relationshipNumber = (await reserve(call))[kind][0] as string;
    await expectRefusal(mock, () => call('POST', '/customer/relationship', relationshipAddBody(customerNumber, { relationshipNumber })), 422, 'VPL5SAR90S');
  });

  it('answers VPL5SAR37S for a customer number its own account shares, and changes nothing', async () => {
    const { mock, call } = await withAccount();
    const customerNumber = await addCustomer(call, { number: '0000000000000000999' });
    await addAccount(call, customerNumber, { accountNumber: customerNumber });
    await expectRefusal(mock, () => call('POST', '/customer/relationship', relationshipAddBody(customerNumber, { relationshipNumber: customerNumber })), 422, 'VPL5SAR37S');
  });

  it('accepts a number reserved as a relationship number in its org', async () => {
    const { call, customerNumber } = await withAccount();
    const [relationshipNumber] = (await reserve(call)).relationships as [string];
    const response = await call('POST', '/customer/relationship', relationshipAddBody(customerNumber, { relationshipNumber }));
    expect(response.status).toBe(200);
    expect(response.body.data.relationshipNumber).toBe(relationshipNumber);
  });
});
