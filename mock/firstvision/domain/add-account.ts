import type { FirstVisionStore } from '../firstvision-store.js';
import { isBlankNumber } from '../number-generator.js';
import { ensure } from './firstvision-domain-error.js';
import type { AccountRow } from './firstvision-rows.js';

export type AddAccountInput = {
  org: number;
  logo: number;
  customerNumber: string;
  /** 19 digits; absent, blank or zeros: the number linked on Customer Add, else generated (org, logo). */
  accountNumber?: string;
  relationshipNumber?: string;
  creditLimit?: number;
  blockCode1?: string;
  blockCode2?: string;
  /** MMYY expiry of the account's cards. */
  cardExpiration?: string;
  /** True when sent as primaryAccount P: the relationship's primary account. */
  primary?: boolean;
};

/**
 * Account Add: an account of a customer under an org and logo, optionally under a relationship.
 * Codes (accountAdd catalogue): VPL5SAA08S unknown org, VPL5SAA12S unknown logo, VPL5SGC04S unknown customer,
 * VPL5S0026S unknown relationship, VPL5SAA14S number already issued (as any kind but this customer's own customer
 * number) or reserved for another kind, org or customer, VPL5SAA33E/34E block codes, VPL5SAA39E expiry.
 */
export function addAccount(store: FirstVisionStore, input: AddAccountInput): AccountRow {
  ensure(store.organizations.org(input.org), 'VPL5SAA08S', `organization ${input.org} is not known`);
  ensure(store.organizations.logo(input.org, input.logo), 'VPL5SAA12S', `logo ${input.logo} is not known in organization ${input.org}`);
  ensure(input.blockCode1 === undefined || /^[A-Z ]?$/.test(input.blockCode1), 'VPL5SAA33E', 'block code 1 is A-Z or space');
  ensure(input.blockCode2 === undefined || /^[A-Z ]?$/.test(input.blockCode2), 'VPL5SAA34E', 'block code 2 is A-Z or space');
  ensure(input.cardExpiration === undefined || /^(\d{4})?$/.test(input.cardExpiration), 'VPL5SAA39E', 'card expiration is MMYY');
  const customer = store.customers.get(input.customerNumber);
  ensure(customer, 'VPL5SGC04S', `customer ${input.customerNumber} not found`);
  const relationshipNumber = isBlankNumber(input.relationshipNumber) ? undefined : input.relationshipNumber;
  const relationship = relationshipNumber === undefined ? undefined : store.relationships.get(relationshipNumber);
  ensure(relationshipNumber === undefined || relationship, 'VPL5S0026S', `relationship ${relationshipNumber} not on file`);
  const given = isBlankNumber(input.accountNumber) ? undefined : input.accountNumber;
  const taken = given === undefined ? undefined : store.numberConflict(given, 'account', input.org, customer.n);
  ensure(taken === undefined, 'VPL5SAA14S', `account number ${given} is ${taken?.reserved ? 'reserved as' : 'already'} a ${taken?.kind} number`);

  const linked = customer.a !== undefined && !store.accounts.has(customer.a) ? customer.a : undefined;
  const row: AccountRow = {
    n: given ?? linked ?? store.allocateNumber(input.org, input.logo),
    o: input.org,
    g: input.logo,
    c: customer.n,
    d: store.today(),
    cp: store.accounts.groupIds('customer', customer.n).length,
  };
  if (input.creditLimit !== undefined) row.limit = input.creditLimit;
  if (input.blockCode1?.trim()) row.b1 = input.blockCode1;
  if (input.blockCode2?.trim()) row.b2 = input.blockCode2;
  if (input.cardExpiration) row.x = input.cardExpiration;
  if (relationship) {
    row.r = relationship.n;
    row.rp = store.accounts.groupIds('relationship', relationship.n).length;
    const totals = { ...relationship, na: relationship.na + 1, sl: relationship.sl + (input.creditLimit ?? 0) };
    if (input.primary && totals.pa === undefined) totals.pa = row.n;
    store.relationships.replace(totals);
  }
  return store.accounts.insert(row);
}
