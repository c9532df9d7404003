import type { FirstVisionStore } from '../firstvision-store.js';
import type { ReservationRow } from './firstvision-rows.js';

/** The kinds of number FirstVision issues: one 19-digit space for customers, accounts, relationships, and PANs. */
export type NumberKind = ReservationRow['k'];

/** What stands in the way of issuing a number: its issued kind, or its reservation (`reserved`). */
export type NumberConflict = { kind: NumberKind; reserved: boolean };

/**
 * Why `number` cannot be issued as a `kind` number of organization `org` for `owner` (the customer it will belong
 * to), or undefined when it can: it is already issued (as any kind, this one included), or reserved for another
 * kind, another organization or, when linked on Customer Add, another customer. The one allowed overlap is the
 * vendor examples' own: a customer's account may carry the customer's number.
 * @example numberConflict(store, '0000000000000000123', 'account', 970, '0000000000000000123') // undefined
 */
export function numberConflict(store: FirstVisionStore, number: string, kind: NumberKind, org: number, owner?: string): NumberConflict | undefined {
  const issued = (conflict: NumberKind): NumberConflict => ({ kind: conflict, reserved: false });
  if (store.customers.has(number) && !(kind === 'account' && owner === number)) return issued('customer');
  if (store.accounts.has(number)) return issued('account');
  if (store.relationships.has(number)) return issued('relationship');
  if (store.cards.has(number)) return issued('card');
  const reservation = store.reservations.get(number);
  const foreign = reservation && (reservation.k !== kind || reservation.o !== org || (reservation.c !== undefined && reservation.c !== owner));
  return foreign ? { kind: reservation.k, reserved: true } : undefined;
}
