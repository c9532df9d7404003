import type { FirstVisionStore } from '../firstvision-store.js';
import { isBlankNumber } from '../number-generator.js';
import { checkDemographics } from './demographic-rules.js';
import { ensure } from './firstvision-domain-error.js';
import type { CustomerRow, Demographics } from './firstvision-rows.js';

export type AddCustomerInput = {
  org: number;
  /** 19 digits; absent, blank or all zeros: generated (org, logo 000, sequence, check digit). */
  customerNumber?: string;
  /** An account number to link; the customer's next Account Add without a number uses it. */
  accountNumber?: string;
  owner: Demographics;
  coOwner?: Demographics;
  vipStatus?: number;
  sicCode?: number;
};

/**
 * Customer Add: a new customer with owner (and optional co-owner) demographics, optionally linking an account
 * number for its first Account Add (its own customer number, a number reserved as an account in the org, or a
 * fresh one; never another customer's).
 * Codes (customerAdd catalogue): VPL5SGCZ4S unknown org, VPL5SCA07E bad number, VPL5SNA90S number in use,
 * VPL5SNA91S number issued or reserved as another kind, VPL5SNA92S account number not free to link, and the
 * demographic edits of `checkDemographics`.
 */
export function addCustomer(store: FirstVisionStore, input: AddCustomerInput): CustomerRow {
  ensure(store.organizations.org(input.org), 'VPL5SGCZ4S', `organization ${input.org} is not known`);
  const given = isBlankNumber(input.customerNumber) ? undefined : input.customerNumber;
  ensure(given === undefined || /^\d{19}$/.test(given), 'VPL5SCA07E', `customer number ${given} is not 19 digits`);
  const taken = given === undefined ? undefined : store.numberConflict(given, 'customer', input.org);
  ensure(taken?.kind !== 'customer' || taken.reserved, 'VPL5SNA90S', `customer ${given} already exists`);
  ensure(taken === undefined, 'VPL5SNA91S', `customer number ${given} is ${taken?.reserved ? 'reserved as' : 'already'} a ${taken?.kind} number`);
  const linked = isBlankNumber(input.accountNumber) ? undefined : input.accountNumber;
  ensure(linked === undefined || /^\d{19}$/.test(linked), 'VPL5SCA07E', `account number ${linked} is not 19 digits`);
  const owner = compact(input.owner);
  const coOwner = input.coOwner ? compact(input.coOwner) : {};
  for (const fields of [owner, coOwner]) checkDemographics(fields, fields, store.today());
  // A customer may link an account under its own number (the vendor's examples), never one another customer holds.
  ensure(linked === undefined || !store.numberConflict(linked, 'account', input.org, given), 'VPL5SNA92S', `account number ${linked} is not free to link`);

  const number = given ?? store.allocateNumber(input.org, 0);
  if (linked !== undefined) store.reservations.replace({ n: linked, k: 'account', o: input.org, g: 0, ...store.reservations.get(linked), c: number });
  const row: CustomerRow = { n: number, o: input.org, owner, d: store.today() };
  if (Object.keys(coOwner).length > 0) row.coOwner = coOwner;
  if (input.vipStatus !== undefined) row.vip = input.vipStatus;
  if (input.sicCode !== undefined) row.sic = input.sicCode;
  if (linked !== undefined) row.a = linked;
  return store.customers.insert(row);
}

/** The sent fields without blanks: a blank means "not supplied", so the fake shows through. */
export function compact(fields: Demographics): Demographics {
  const out: Demographics = {};
  for (const [key, value] of Object.entries(fields)) {
    if (typeof value === 'string' ? value.trim() !== '' : typeof value === 'number') out[key] = value;
  }
  return out;
}
