import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../src/plugin/domain-error.js';
import { testSandbox } from '../firstvision-test-scope.js';
import { nineteenDigitNumber } from '../number-generator.js';
import { addAccount } from './add-account.js';
import { addCard } from './add-card.js';
import { addCustomer } from './add-customer.js';
import { addRelationship } from './add-relationship.js';
import { reservations } from './firstvision-collections.js';
import { reserveNumbers } from './reserve-numbers.js';

const refusal = (promise: Promise<unknown>) => promise.then(() => undefined, (error: unknown) => (error instanceof DomainError ? error.code : error));

describe('number reservation', () => {
  it('reserves each number once, in sequence, and never hands it out again', async () => {
    const { run } = testSandbox();
    const first = await run((scope) => reserveNumbers(scope, { org: 970, logo: 401, customers: 2, cards: 1 }));
    const second = await run((scope) => reserveNumbers(scope, { org: 970, logo: 401, customers: 1, accounts: 1 }));
    expect(first.customers).toEqual([nineteenDigitNumber(970, 401, 1), nineteenDigitNumber(970, 401, 2)]);
    expect(first.cards).toEqual(['4000970100000013']);
    expect(second.customers).toEqual([nineteenDigitNumber(970, 401, 3)]);
    expect(second.accounts).toEqual([nineteenDigitNumber(970, 401, 4)]);
    const kinds = await run(async ({ tx }) => (await tx.getMany(reservations, [...first.customers, ...first.cards])).map((row) => row?.kind));
    expect(kinds).toEqual(['customer', 'customer', 'card']);
  });

  it('skips numbers already taken by any kind when a sequence reaches them', async () => {
    const { run } = testSandbox();
    const taken = nineteenDigitNumber(970, 401, 1);
    await run((scope) => addCustomer(scope, { org: 970, customerNumber: taken, owner: {} }));
    const reserved = await run((scope) => reserveNumbers(scope, { org: 970, logo: 401, accounts: 1 }));
    expect(reserved.accounts).toEqual([nineteenDigitNumber(970, 401, 2)]);
  });

  it('refuses a reserved number for another kind, organization or owner, and takes it as its own kind', async () => {
    const { run } = testSandbox();
    const { customers: [asCustomer], accounts: [asAccount] } = await run((scope) => reserveNumbers(scope, { org: 970, logo: 401, customers: 1, accounts: 1 }));
    expect(await refusal(run((scope) => addCustomer(scope, { org: 970, customerNumber: asAccount, owner: {} })))).toBe('VPL5SNA91S');
    expect(await refusal(run((scope) => addCustomer(scope, { org: 999, customerNumber: asCustomer, owner: {} })))).toBe('VPL5SNA91S');
    const owner = await run((scope) => addCustomer(scope, { org: 970, customerNumber: asCustomer, owner: {} }));
    expect(owner.customerNumber).toBe(asCustomer);
    expect(await refusal(run((scope) => addRelationship(scope, { org: 970, customerNumber: owner.customerNumber, relationshipNumber: asAccount, creditLimit: 1, billingCycle: 1, billingLevel: 0 }))))
      .toBe('VPL5SAR90S');
  });

  it('keeps an account number linked on Customer Add for that customer alone', async () => {
    const { run } = testSandbox();
    const { accounts: [linked] } = await run((scope) => reserveNumbers(scope, { org: 970, logo: 401, accounts: 1 }));
    const holder = await run((scope) => addCustomer(scope, { org: 970, accountNumber: linked, owner: {} }));
    const other = await run((scope) => addCustomer(scope, { org: 970, owner: {} }));
    expect(await refusal(run((scope) => addAccount(scope, { org: 970, logo: 401, customerNumber: other.customerNumber, accountNumber: linked })))).toBe('VPL5SAA14S');
    expect(await refusal(run((scope) => addCustomer(scope, { org: 970, accountNumber: linked, owner: {} })))).toBe('VPL5SNA92S');
    const account = await run((scope) => addAccount(scope, { org: 970, logo: 401, customerNumber: holder.customerNumber }));
    expect(account.accountNumber).toBe(linked);
  });

  it('takes a reserved card number as a card of its organization only', async () => {
    const { run } = testSandbox();
    const { cards: [pan] } = await run((scope) => reserveNumbers(scope, { org: 970, logo: 401, cards: 1 }));
    const customer = await run((scope) => addCustomer(scope, { org: 970, owner: {} }));
    const account = await run((scope) => addAccount(scope, { org: 970, logo: 401, customerNumber: customer.customerNumber }));
    const card = await run((scope) => addCard(scope, { accountNumber: account.accountNumber, cardNumber: pan }));
    expect(card.pan).toBe(pan);
    expect(await refusal(run((scope) => addCard(scope, { accountNumber: account.accountNumber, cardNumber: pan })))).toBe('VPL5SAP90S');
  });

  it('checks every quantity before reserving anything', async () => {
    const { run } = testSandbox();
    expect(await refusal(run((scope) => reserveNumbers(scope, { org: 970, logo: 401, customers: 3, cards: 11 })))).toBe('VPL5SNG26E');
    expect(await refusal(run((scope) => reserveNumbers(scope, { org: 120, logo: 202, customers: 1 })))).toBe('VPL5SNG10S');
    const next = await run((scope) => reserveNumbers(scope, { org: 970, logo: 401, customers: 1 }));
    expect(next.customers).toEqual([nineteenDigitNumber(970, 401, 1)]);
  });
});
