import { isBlankNumber } from '../number-generator.js';
import { today, type FirstVisionScope } from '../firstvision-sandbox.js';
import { allocateNumber } from './allocate-number.js';
import { checkDemographics } from './demographic-rules.js';
import { ensure } from './ensure.js';
import { customers, reservations } from './firstvision-collections.js';
import type { Customer, Demographics } from './firstvision-records.js';
import { numberConflict } from './number-conflict.js';

export type AddCustomerInput = {
  org: number;
  /** 19 digits; absent, blank or all zeros: generated (org, logo 000, sequence, check digit). */
  customerNumber?: string;
  /** An account number to link; the customer's next Account Add without a number uses it. */
  accountNumber?: string;
  owner: Demographics;
  coOwner?: Demographics;
  vipStatus?: number;
  /** 0 active, 1 inactive, 2 purge (Customer with PAN Activation Add sends it). */
  status?: number;
  sicCode?: number;
};

/** The sent fields without blanks: a blank means "not supplied", so the fake shows through. */
export function compact(fields: Demographics): Demographics {
  const out: Demographics = {};
  for (const [key, value] of Object.entries(fields)) {
    if (typeof value === 'string' ? value.trim() !== '' : typeof value === 'number') out[key] = value;
  }
  return out;
}

async function checkNumbers({ tx }: FirstVisionScope, input: AddCustomerInput, given: string | undefined, linked: string | undefined): Promise<void> {
  ensure(given === undefined || /^\d{19}$/.test(given), 'VPL5SCA07E', `customer number ${given} is not 19 digits`);
  const taken = given === undefined ? undefined : await numberConflict(tx, given, 'customer', input.org);
  ensure(taken?.kind !== 'customer' || taken.reserved, 'VPL5SNA90S', `customer ${given} already exists`);
  ensure(taken === undefined, 'VPL5SNA91S', `customer number ${given} is ${taken?.reserved ? 'reserved as' : 'already'} a ${taken?.kind} number`);
  ensure(linked === undefined || /^\d{19}$/.test(linked), 'VPL5SCA07E', `account number ${linked} is not 19 digits`);
}

/**
 * Customer Add: a new customer with owner (and optional co-owner) demographics, optionally linking an account
 * number for its first Account Add (its own customer number, a number reserved as an account in the org, or a
 * fresh one; never another customer's).
 * Codes (customerAdd catalogue): VPL5SGCZ4S unknown org, VPL5SCA07E bad number, VPL5SNA90S number in use,
 * VPL5SNA91S number issued or reserved as another kind, VPL5SNA92S account number not free to link, and the
 * demographic edits of `checkDemographics`.
 */
export async function addCustomer(scope: FirstVisionScope, input: AddCustomerInput): Promise<Customer> {
  const { tx, sandbox, env } = scope;
  ensure(sandbox.organizations.org(input.org), 'VPL5SGCZ4S', `organization ${input.org} is not known`);
  const given = isBlankNumber(input.customerNumber) ? undefined : input.customerNumber;
  const linked = isBlankNumber(input.accountNumber) ? undefined : input.accountNumber;
  await checkNumbers(scope, input, given, linked);
  const owner = compact(input.owner);
  const coOwner = input.coOwner ? compact(input.coOwner) : {};
  for (const fields of [owner, coOwner]) checkDemographics(fields, fields, today(env));
  // A customer may link an account under its own number (the vendor's examples), never one another customer holds.
  ensure(linked === undefined || !(await numberConflict(tx, linked, 'account', input.org, given)), 'VPL5SNA92S', `account number ${linked} is not free to link`);

  const customerNumber = given ?? (await allocateNumber(tx, input.org, 0));
  if (linked !== undefined) {
    const reserved = await tx.get(reservations, linked);
    await tx.replace(reservations, { number: linked, kind: 'account', organization: input.org, logo: 0, ...reserved, linkedCustomer: customerNumber });
  }
  const row: Customer = { customerNumber, organization: input.org, owner, addedOn: today(env) };
  if (Object.keys(coOwner).length > 0) row.coOwner = coOwner;
  if (input.vipStatus !== undefined) row.vipStatus = input.vipStatus;
  if (input.sicCode !== undefined) row.sicCode = input.sicCode;
  if (input.status !== undefined) row.status = input.status;
  if (linked !== undefined) row.linkedAccount = linked;
  return tx.insert(customers, row);
}
