import type { StateReader } from '../../src/state/state-store.js';
import { accounts, cards, customers, relationships } from './domain/firstvision-collections.js';
import type { Account, Customer, NumberKind, Relationship } from './domain/firstvision-records.js';
import { panOf } from './pan-of.js';

/** What a customer, account, relationship or card number led to. */
export type ResolvedNumber = {
  customer: Customer;
  kind: NumberKind;
  account?: Account;
  relationship?: Relationship;
  /** The PAN when a card number (PAN or token) was given. */
  pan?: string;
};

async function asCard(tx: StateReader, number: string): Promise<ResolvedNumber | undefined> {
  const pan = await panOf(tx, number);
  const card = pan ? await tx.get(cards, pan) : undefined;
  const customer = card ? await tx.get(customers, card.customerNumber) : undefined;
  if (!card || !customer) return undefined;
  const account = await tx.get(accounts, card.accountNumber);
  return { customer, kind: 'card', pan: card.pan, ...(account ? { account } : {}) };
}

/**
 * Finds the customer behind a number, the way VisionPLUS navigation does: as a customer number when `asCustomer`,
 * otherwise as an account, relationship or card number (PAN or PAN token), falling back to a customer number when
 * `orCustomer`. Lookups by id only.
 */
export async function resolveCustomerNumber(tx: StateReader, number: string, options: { asCustomer?: boolean; orCustomer?: boolean }): Promise<ResolvedNumber | undefined> {
  const asCustomer = async (): Promise<ResolvedNumber | undefined> => {
    const customer = await tx.get(customers, number);
    return customer ? { customer, kind: 'customer' } : undefined;
  };
  if (options.asCustomer) return asCustomer();
  const account = await tx.get(accounts, number);
  const accountCustomer = account ? await tx.get(customers, account.customerNumber) : undefined;
  if (account && accountCustomer) {
    const relationship = account.relationshipNumber ? await tx.get(relationships, account.relationshipNumber) : undefined;
    return { customer: accountCustomer, kind: 'account', account, ...(relationship ? { relationship } : {}) };
  }
  const relationship = await tx.get(relationships, number);
  const relationshipCustomer = relationship ? await tx.get(customers, relationship.ownerCustomer) : undefined;
  if (relationship && relationshipCustomer) return { customer: relationshipCustomer, kind: 'relationship', relationship };
  return (await asCard(tx, number)) ?? (options.orCustomer ? asCustomer() : undefined);
}
