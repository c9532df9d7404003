import { onlyDigits } from '../../../src/numbers/cpf.js';
import { nameKey } from '../../../src/plugin/browse-support.js';
import { collection } from '../../../src/state/state-store.js';
import { maskPan } from '../pan-display.js';
import type { Account, Card, Customer, Relationship, Reservation } from './firstvision-records.js';
import { digitsKey, identifierKey, lastNameKey, phoneKey, prefixKey } from './lookup-keys.js';

/** The one key of the `all` groups. */
export const ALL = 'all';

/** A stored CPF's digits (owner `identificationNumber`), the key of the customers' `cpf` index. */
export function cpfKey(value: string | number | undefined): string | undefined {
  const digits = value === undefined ? '' : onlyDigits(String(value));
  return digits.length === 11 ? digits : undefined;
}

/**
 * Customers by customer number; groups `all` (in the order added: the dashboard pages it), and `cpf` and `name`
 * (the owner's stored CPF digits and name, as `nameKey` spells it: the dashboard's search, built on its first one).
 * Customer Lookup's keys, lazy too, over the owner's stored fields as `lookup-keys.ts` normalises them: `identifier`
 * (letters and digits of `identificationNumber`), `lastName` (`nameKey` of `lastName`, else of `nameLine1`'s last
 * word), `lastNamePrefix` (its first two characters: begins-with searches), `homePhone`, `mobilePhone`, `workPhone`
 * (`phoneKey` of `homePhoneNumber`, `mobilePhoneNumber`, `employerPhoneNumber`) and `postalCode` (its digits).
 */
export const customers = collection<Customer>('firstvision.customers', (row) => row.customerNumber, [
  { name: 'all', kind: 'group', key: () => ALL },
  { name: 'cpf', kind: 'group', key: (row) => cpfKey(row.owner.identificationNumber), lazy: true },
  { name: 'name', kind: 'group', key: (row) => nameKey(row.owner.nameLine1 === undefined ? undefined : String(row.owner.nameLine1)), lazy: true },
  { name: 'identifier', kind: 'group', key: (row) => identifierKey(row.owner.identificationNumber), lazy: true },
  { name: 'lastName', kind: 'group', key: (row) => lastNameKey(row.owner), lazy: true },
  { name: 'lastNamePrefix', kind: 'group', key: (row) => prefixKey(lastNameKey(row.owner)), lazy: true },
  { name: 'homePhone', kind: 'group', key: (row) => phoneKey(row.owner.homePhoneNumber), lazy: true },
  { name: 'mobilePhone', kind: 'group', key: (row) => phoneKey(row.owner.mobilePhoneNumber), lazy: true },
  { name: 'workPhone', kind: 'group', key: (row) => phoneKey(row.owner.employerPhoneNumber), lazy: true },
  { name: 'postalCode', kind: 'group', key: (row) => digitsKey(row.owner.postalCode), lazy: true },
]);

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

/**
 * Cards by PAN; groups `account`, `customer`, `mask` (a customer's cards sharing one masked PAN) and `masked` (every
 * card with that masked PAN: the dashboard's search, built on its first one), in the order added.
 */
export const cards = collection<Card>('firstvision.cards', (row) => row.pan, [
  { name: 'account', kind: 'group', key: (row) => row.accountNumber },
  { name: 'customer', kind: 'group', key: (row) => row.customerNumber },
  { name: 'mask', kind: 'group', key: (row) => maskKey(row.customerNumber, maskPan(row.pan)) },
  { name: 'masked', kind: 'group', key: (row) => maskPan(row.pan), lazy: true },
]);

/** Numbers reserved by Number Generation or linked on Customer Add; group `all` in the order reserved. */
export const reservations = collection<Reservation>('firstvision.reservations', (row) => row.number, [{ name: 'all', kind: 'group', key: () => ALL }]);

/** Every FirstVision collection (the plug-in's `collections`). */
export const firstVisionCollections = [customers, relationships, accounts, cards, reservations];
