import type { StateReader } from '../../../src/state/state-store.js';
import { accounts, cards, customers, relationships, reservations } from './firstvision-collections.js';
import type { NumberKind } from './firstvision-records.js';

/** What stands in the way of issuing a number: its issued kind, or its reservation (`reserved`). */
export type NumberConflict = { kind: NumberKind; reserved: boolean };

/** True when `number` was ever reserved or issued, of any kind: one `has` per collection. */
export async function isTaken(tx: StateReader, number: string): Promise<boolean> {
  return (await tx.has(reservations, number)) || (await tx.has(customers, number)) || (await tx.has(accounts, number))
    || (await tx.has(relationships, number)) || (await tx.has(cards, number));
}

/**
 * Why `number` cannot be issued as a `kind` number of organization `org` for `owner` (the customer it will belong
 * to), or undefined when it can: it is already issued (as any kind, this one included), or reserved for another
 * kind, another organization or, when linked on Customer Add, another customer. The one allowed overlap is the
 * vendor examples' own: a customer's account may carry the customer's number.
 * @example await numberConflict(tx, '0000000000000000123', 'account', 970, '0000000000000000123') // undefined
 */
export async function numberConflict(tx: StateReader, number: string, kind: NumberKind, org: number, owner?: string): Promise<NumberConflict | undefined> {
  const issued = (conflict: NumberKind): NumberConflict => ({ kind: conflict, reserved: false });
  if ((await tx.has(customers, number)) && !(kind === 'account' && owner === number)) return issued('customer');
  if (await tx.has(accounts, number)) return issued('account');
  if (await tx.has(relationships, number)) return issued('relationship');
  if (await tx.has(cards, number)) return issued('card');
  const reservation = await tx.get(reservations, number);
  const foreign = reservation && (reservation.kind !== kind || reservation.organization !== org
    || (reservation.linkedCustomer !== undefined && reservation.linkedCustomer !== owner));
  return foreign ? { kind: reservation.kind, reserved: true } : undefined;
}
