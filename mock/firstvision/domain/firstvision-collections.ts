import { collection } from '../../../src/state/state-store.js';
import { maskPan } from '../pan-display.js';
import type { Account, Card, Customer, Relationship, Reservation } from './firstvision-records.js';

/** Customers by customer number. */
export const customers = collection<Customer>('firstvision.customers', (row) => row.customerNumber);

/** Relationships by number; group `customer`: a customer's relationships in the order added. */
export const relationships = collection<Relationship>('firstvision.relationships', (row) => row.relationshipNumber, [
  { name: 'customer', kind: 'group', key: (row) => row.ownerCustomer },
]);

/** Accounts by number; groups `customer` and `relationship`, in the order added. */
export const accounts = collection<Account>('firstvision.accounts', (row) => row.accountNumber, [
  { name: 'customer', kind: 'group', key: (row) => row.customerNumber },
  { name: 'relationship', kind: 'group', key: (row) => row.relationshipNumber },
]);

/** The key of group index `mask` on cards: the customer and the card number as masked (Cards Details cursors). */
export function maskKey(customerNumber: string, masked: string): string {
  return `${customerNumber} ${masked}`;
}

/** Cards by PAN; groups `account`, `customer` and `mask` (a customer's cards sharing one masked PAN), in the order added. */
export const cards = collection<Card>('firstvision.cards', (row) => row.pan, [
  { name: 'account', kind: 'group', key: (row) => row.accountNumber },
  { name: 'customer', kind: 'group', key: (row) => row.customerNumber },
  { name: 'mask', kind: 'group', key: (row) => maskKey(row.customerNumber, maskPan(row.pan)) },
]);

/** Numbers reserved by Number Generation or linked on Customer Add. */
export const reservations = collection<Reservation>('firstvision.reservations', (row) => row.number);

/** Every FirstVision collection (the plug-in's `collections`). */
export const firstVisionCollections = [customers, relationships, accounts, cards, reservations];
