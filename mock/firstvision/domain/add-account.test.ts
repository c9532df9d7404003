import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../src/plugin/domain-error.js';
import { testSandbox } from '../firstvision-test-scope.js';
import { addAccount } from './add-account.js';
import { addCard } from './add-card.js';
import { addCustomer } from './add-customer.js';
import { addRelationship } from './add-relationship.js';
import { accounts, relationships } from './firstvision-collections.js';

describe('the customer, relationship, account and card chain', () => {
  it('keeps each list\'s positions and the relationship\'s totals as accounts are added', async () => {
    const { run } = testSandbox();
    const { customerNumber } = await run((scope) => addCustomer(scope, { org: 970, owner: {} }));
    const relationship = await run((scope) => addRelationship(scope, { org: 970, customerNumber, creditLimit: 10, billingCycle: 5, billingLevel: 0 }));
    const alone = await run((scope) => addAccount(scope, { org: 970, logo: 401, customerNumber }));
    const joined = await run((scope) =>
      addAccount(scope, { org: 970, logo: 501, customerNumber, relationshipNumber: relationship.relationshipNumber, creditLimit: 700, primary: true }));
    const second = await run((scope) => addAccount(scope, { org: 970, logo: 401, customerNumber, relationshipNumber: relationship.relationshipNumber, creditLimit: 300, primary: true }));
    expect([alone.positionInCustomer, joined.positionInCustomer, second.positionInCustomer]).toEqual([0, 1, 2]);
    expect([alone.positionInRelationship, joined.positionInRelationship, second.positionInRelationship]).toEqual([undefined, 0, 1]);
    const totals = await run(({ tx }) => tx.get(relationships, relationship.relationshipNumber));
    expect(totals).toMatchObject({ accountCount: 2, creditLimitTotal: 1000, primaryAccount: joined.accountNumber, positionInCustomer: 0 });
  });

  it('numbers cards on an account in sequence and places them in the card owner\'s list', async () => {
    const { run } = testSandbox();
    const { customerNumber } = await run((scope) => addCustomer(scope, { org: 970, owner: {} }));
    const account = await run((scope) => addAccount(scope, { org: 970, logo: 401, customerNumber, cardExpiration: '0230' }));
    const first = await run((scope) => addCard(scope, { accountNumber: account.accountNumber }));
    const second = await run((scope) => addCard(scope, { accountNumber: account.accountNumber, digital: true, blockCode: 'B' }));
    expect([first.sequence, second.sequence, first.positionInCustomer, second.positionInCustomer]).toEqual([1, 2, 0, 1]);
    expect(first).toMatchObject({ pan: '4000970100000013', expiry: '2030-02-28' });
    expect(second).toMatchObject({ digital: true, blockCode: 'B', blockCodeDate: '2026-01-15' });
  });

  it('changes nothing when a rule refuses, so the next number is the same', async () => {
    const { run } = testSandbox();
    const { customerNumber } = await run((scope) => addCustomer(scope, { org: 970, owner: {} }));
    const refused = await run((scope) => addAccount(scope, { org: 970, logo: 401, customerNumber, relationshipNumber: '1'.repeat(19) })).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(DomainError);
    expect((refused as DomainError).code).toBe('VPL5S0026S');
    const account = await run((scope) => addAccount(scope, { org: 970, logo: 401, customerNumber }));
    expect(account.accountNumber).toBe('9704010000000000014');
    expect(await run(({ tx }) => tx.size(accounts))).toBe(1);
  });
});
