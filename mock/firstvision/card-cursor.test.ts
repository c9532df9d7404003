import { describe, expect, it } from 'vitest';
import { CARDS_PAGE_SIZE, cardCursor } from './card-cursor.js';
import { addAccount } from './domain/add-account.js';
import { addCard } from './domain/add-card.js';
import { addCustomer } from './domain/add-customer.js';
import type { Card } from './domain/firstvision-records.js';
import type { FirstVisionScope } from './firstvision-sandbox.js';
import { testSandbox } from './firstvision-test-scope.js';
import { maskPan, panToken } from './pan-display.js';

/** Two Luhn-valid PANs with one mask (4000xxxxxxxx9999). */
const SAME_MASK = ['4000100000049999', '4000100000129999'] as const;

async function world(scope: FirstVisionScope) {
  const owner = await addCustomer(scope, { org: 970, owner: {} });
  const other = await addCustomer(scope, { org: 970, owner: {} });
  const first = await addAccount(scope, { org: 970, logo: 401, customerNumber: owner.customerNumber });
  const second = await addAccount(scope, { org: 970, logo: 401, customerNumber: owner.customerNumber });
  const foreign = await addAccount(scope, { org: 970, logo: 401, customerNumber: other.customerNumber });
  const cards: Card[] = [];
  const add = async (accountNumber: string, cardNumber?: string) => cards.push(await addCard(scope, { accountNumber, ...(cardNumber ? { cardNumber } : {}) }));
  // Positions 0-5 on the first account (0 and 4 share a mask), 6-7 on the second.
  await add(first.accountNumber, SAME_MASK[0]);
  for (let i = 0; i < 3; i++) await add(first.accountNumber);
  await add(first.accountNumber, SAME_MASK[1]);
  await add(first.accountNumber);
  await add(second.accountNumber);
  await add(second.accountNumber);
  const foreignCard = await addCard(scope, { accountNumber: foreign.accountNumber });
  return { owner: owner.customerNumber, first, second, foreign, foreignCard, cards };
}

describe('the Cards Details cursor', () => {
  it('names a card by PAN, zero-padded PAN or PAN token, in either direction', async () => {
    const { run } = testSandbox();
    await run(async (scope) => {
      const { owner, cards } = await world(scope);
      const card = cards[2] as Card;
      expect(await cardCursor(scope.tx, owner, card.pan, 'N')).toBe(2);
      expect(await cardCursor(scope.tx, owner, card.pan.padStart(19, '0'), 'P')).toBe(2);
      expect(await cardCursor(scope.tx, owner, panToken(card.pan), 'N')).toBe(2);
    });
  });

  it('continues after an account\'s last card (N) or before its first (P)', async () => {
    const { run } = testSandbox();
    await run(async (scope) => {
      const { owner, first, second } = await world(scope);
      expect(await cardCursor(scope.tx, owner, first.accountNumber, 'N')).toBe(5);
      expect(await cardCursor(scope.tx, owner, first.accountNumber, 'P')).toBe(0);
      expect(await cardCursor(scope.tx, owner, second.accountNumber, 'P')).toBe(6);
      expect(await cardCursor(scope.tx, owner, second.accountNumber, 'N')).toBe(7);
    });
  });

  it('picks, among cards sharing a mask, the one that ends (N) or starts (P) a page', async () => {
    const { run } = testSandbox();
    await run(async (scope) => {
      const { owner, cards } = await world(scope);
      const masked = maskPan(SAME_MASK[0]);
      expect(await cardCursor(scope.tx, owner, masked, 'N')).toBe(CARDS_PAGE_SIZE - 1);
      expect(await cardCursor(scope.tx, owner, masked, 'P')).toBe(0);
      expect(await cardCursor(scope.tx, owner, maskPan((cards[6] as Card).pan), 'N')).toBe(6);
    });
  });

  it('names nothing for another customer\'s card or account, an account without cards, or an unknown number', async () => {
    const { run } = testSandbox();
    await run(async (scope) => {
      const { owner, foreign, foreignCard } = await world(scope);
      const empty = await addAccount(scope, { org: 970, logo: 401, customerNumber: owner });
      expect(await cardCursor(scope.tx, owner, foreignCard.pan, 'N')).toBeUndefined();
      expect(await cardCursor(scope.tx, owner, foreign.accountNumber, 'N')).toBeUndefined();
      expect(await cardCursor(scope.tx, owner, empty.accountNumber, 'P')).toBeUndefined();
      expect(await cardCursor(scope.tx, owner, maskPan(foreignCard.pan), 'N')).toBeUndefined();
      expect(await cardCursor(scope.tx, owner, '1234', 'N')).toBeUndefined();
    });
  });
});
