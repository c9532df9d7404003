import type { AccountRow, CustomerRow, RelationshipRow } from './domain/firstvision-rows.js';
import type { FirstVisionStore } from './firstvision-store.js';

/** What a customer, account, relationship or card number led to. */
export type ResolvedNumber = {
  customer: CustomerRow;
  kind: 'customer' | 'account' | 'relationship' | 'card';
  account?: AccountRow;
  relationship?: RelationshipRow;
  /** The PAN when a card number (PAN or token) was given. */
  pan?: string;
};

/**
 * Finds the customer behind a number, the way VisionPLUS navigation does: as a customer number when `asCustomer`,
 * otherwise as an account, relationship or card number (PAN or PAN token), falling back to a customer number when
 * `orCustomer`. O(1) index lookups only.
 */
export function resolveCustomerNumber(store: FirstVisionStore, number: string, options: { asCustomer?: boolean; orCustomer?: boolean }): ResolvedNumber | undefined {
  const asCustomer = (): ResolvedNumber | undefined => {
    const customer = store.customers.get(number);
    return customer ? { customer, kind: 'customer' } : undefined;
  };
  if (options.asCustomer) return asCustomer();
  const account = store.accounts.get(number);
  const accountCustomer = account ? store.customers.get(account.c) : undefined;
  if (account && accountCustomer) {
    const relationship = account.r ? store.relationships.get(account.r) : undefined;
    return { customer: accountCustomer, kind: 'account', account, ...(relationship ? { relationship } : {}) };
  }
  const relationship = store.relationships.get(number);
  const relationshipCustomer = relationship ? store.customers.get(relationship.c) : undefined;
  if (relationship && relationshipCustomer) return { customer: relationshipCustomer, kind: 'relationship', relationship };
  const pan = store.panOf(number);
  const card = pan ? store.cards.get(pan) : undefined;
  const cardCustomer = card ? store.customers.get(card.c) : undefined;
  if (card && cardCustomer) {
    const cardAccount = store.accounts.get(card.a);
    return { customer: cardCustomer, kind: 'card', pan: card.n, ...(cardAccount ? { account: cardAccount } : {}) };
  }
  return options.orCustomer ? asCustomer() : undefined;
}
