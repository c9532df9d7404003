import type { StateReader } from '../../src/state/state-store.js';
import { accounts, cards, maskKey } from './domain/firstvision-collections.js';
import type { Card } from './domain/firstvision-records.js';
import { groupSize } from './domain/group-size.js';
import { panOf } from './pan-of.js';

/** Cards Details page size. */
export const CARDS_PAGE_SIZE = 5;

/**
 * The position of the boundary row a masked `startAccount` names. Several of a customer's cards may share a mask;
 * the request is then the same whichever the client got, so the answer is fixed: the first of them that can end
 * a page (N) or start one (P) when paging from the first page, else the first of them.
 */
async function maskedCursor(tx: StateReader, customerNumber: string, masked: string, direction: 'N' | 'P'): Promise<number | undefined> {
  const sharing = await tx.page(cards, 'mask', maskKey(customerNumber, masked));
  const positions = sharing.rows.map((card) => card.positionInCustomer);
  if (positions.length <= 1) return positions[0];
  const total = await groupSize(tx, cards, 'customer', customerNumber);
  const boundary = direction === 'N'
    ? (at: number) => (at + 1) % CARDS_PAGE_SIZE === 0 || at === total - 1
    : (at: number) => at % CARDS_PAGE_SIZE === 0;
  return positions.find(boundary) ?? positions[0];
}

/** The first (P) or last (N) card of an account. */
async function edgeCard(tx: StateReader, accountNumber: string, direction: 'N' | 'P'): Promise<Card | undefined> {
  const total = await groupSize(tx, cards, 'account', accountNumber);
  if (total === 0) return undefined;
  const edge = await tx.groupIds(cards, 'account', accountNumber, direction === 'N' ? total - 1 : 0, 1);
  return edge.rows[0] === undefined ? undefined : tx.get(cards, edge.rows[0]);
}

/**
 * The position in a customer's card list that a Cards Details `startAccount` names, or undefined: a card number as
 * shown (PAN token, full PAN, or masked PAN, the last looked up among this customer's cards only), its
 * `encryptedCardNumber`, or an account number of the customer (N continues after its last card, P before its first).
 */
export async function cardCursor(tx: StateReader, customerNumber: string, startAccount: string, direction: 'N' | 'P'): Promise<number | undefined> {
  const pan = await panOf(tx, startAccount);
  const card = pan ? await tx.get(cards, pan) : undefined;
  if (card) return card.customerNumber === customerNumber ? card.positionInCustomer : undefined;
  const account = await tx.get(accounts, startAccount);
  if (account) {
    const edge = await edgeCard(tx, account.accountNumber, direction);
    return edge && edge.customerNumber === customerNumber ? edge.positionInCustomer : undefined;
  }
  return /x/.test(startAccount) ? maskedCursor(tx, customerNumber, startAccount, direction) : undefined;
}
