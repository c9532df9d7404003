import type { CardRow } from './domain/firstvision-rows.js';
import type { FirstVisionStore } from './firstvision-store.js';
import { maskPan } from './pan-display.js';

/**
 * The position in a customer's card list that a Cards Details `startAccount` names, or undefined: a card number as
 * shown (PAN token, full PAN, or masked PAN, the last searched among this customer's cards only), its
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
  if (!/x/.test(startAccount)) return undefined;
  const ids = store.cards.groupIds('customer', customerNumber);
  for (let i = 0; i < ids.length; i++) {
    const candidate = store.cards.get(ids[i] as string) as CardRow;
    if (maskPan(candidate.n) === startAccount) return candidate.cp;
  }
  return undefined;
}
