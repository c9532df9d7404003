import { describe, expect, it } from 'vitest';
import { sharedMock } from '../helpers/start-mock.js';
import { addCard, addCustomer, customerWithAccount, expectRefusal, relationshipAddBody, reserve } from './fv-session.js';

// A reserved or issued number is never issued again, across kinds (customer, account, relationship, card): issue 3.
// Card numbers (Embosser Add) here; customer, account and relationship numbers in number-uniqueness.test.ts.

const fullPans = sharedMock({ config: { firstvision: { panDisplay: 'full' } } });
const withAccount = () => customerWithAccount(fullPans());

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
