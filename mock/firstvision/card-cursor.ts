import type { FirstVisionStore } from './firstvision-store.js';

/** Cards Details page size. */
export const CARDS_PAGE_SIZE = 5;

/**
 * The position of the boundary row a masked `startAccount` names. Several of a customer's cards may share a mask;
 * the request is then the same whichever the client got, so the answer is fixed: the first of them that can end
 * a page (N) or start one (P) when paging from the first page, else the first of them.
 */
function maskedCursor(store: FirstVisionStore, customerNumber: string, masked: string, direction: 'N' | 'P'): number | undefined {
  const positions = store.maskedPans.positions(customerNumber, masked);
  if (positions.length <= 1) return positions[0];
  const total = store.cards.groupIds('customer', customerNumber).length;
  const boundary = direction === 'N'
    ? (at: number) => (at + 1) % CARDS_PAGE_SIZE === 0 || at === total - 1
    : (at: number) => at % CARDS_PAGE_SIZE === 0;
  return positions.find(boundary) ?? positions[0];
}

/**
 * The position in a customer's card list that a Cards Details `startAccount` names, or undefined: a card number as
 * shown (PAN token, full PAN, or masked PAN, the last looked up among this customer's cards only), its
 * `encryptedCardNumber`, or an account number of the customer (N continues after its last card, P before its first).
 */
export function cardCursor(store: FirstVisionStore, customerNumber: string, startAccount: string, direction: 'N' | 'P'): number | undefined {
  const pan = store.panOf(startAccount);
  const card = pan ? store.cards.get(pan) : undefined;
  if (card) return card.c === customerNumber ? card.cp : undefined;
  const account = store.accounts.get(startAccount);
  if (account) {
    const ids = store.cards.groupIds('account', account.n);
    const edge = store.cards.get((direction === 'N' ? ids.at(-1) : ids[0]) ?? '');
    return edge && edge.c === customerNumber ? edge.cp : undefined;
  }
  return /x/.test(startAccount) ? maskedCursor(store, customerNumber, startAccount, direction) : undefined;
}
