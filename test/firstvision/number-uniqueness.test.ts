import { describe, expect, it } from 'vitest';
import { sharedMock } from '../helpers/start-mock.js';
import { accountAddBody, addAccount, addCustomer, customerAddBody, customerWithAccount, expectRefusal, fvSession, relationshipAddBody, reserve } from './fv-session.js';

// A reserved or issued number is never issued again, across kinds (customer, account, relationship, card): issue 3.
// Customer, account and relationship numbers here; card numbers (Embosser Add) in card-number-uniqueness.test.ts.

const sandbox = sharedMock();
const fullPans = sharedMock({ config: { firstvision: { panDisplay: 'full' } } });
const withAccount = () => customerWithAccount(fullPans());

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
