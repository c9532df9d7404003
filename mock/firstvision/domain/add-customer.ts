import type { FirstVisionStore } from '../firstvision-store.js';
import { isBlankNumber } from '../number-generator.js';
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
 * Customer Add: a new customer with owner (and optional co-owner) demographics.
 * Codes (customerAdd catalogue): VPL5SGCZ4S unknown org, VPL5SCA07E bad number, VPL5SNA90S number in use.
 */
export function addCustomer(store: FirstVisionStore, input: AddCustomerInput): CustomerRow {
  ensure(store.organizations.org(input.org), 'VPL5SGCZ4S', `organization ${input.org} is not known`);
  const given = isBlankNumber(input.customerNumber) ? undefined : input.customerNumber;
  ensure(given === undefined || /^\d{19}$/.test(given), 'VPL5SCA07E', `customer number ${given} is not 19 digits`);
  ensure(given === undefined || !store.customers.has(given), 'VPL5SNA90S', `customer ${given} already exists`);
  const linked = isBlankNumber(input.accountNumber) ? undefined : input.accountNumber;
  ensure(linked === undefined || /^\d{19}$/.test(linked), 'VPL5SCA07E', `account number ${linked} is not 19 digits`);

  const number = given ?? store.allocateNumber(input.org, 0);
  if (linked !== undefined && !store.isTaken(linked)) store.reservations.insert({ n: linked, k: 'account', o: input.org, g: 0 });
  const row: CustomerRow = { n: number, o: input.org, owner: compact(input.owner), d: store.today() };
  if (input.coOwner && Object.keys(compact(input.coOwner)).length > 0) row.coOwner = compact(input.coOwner);
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
