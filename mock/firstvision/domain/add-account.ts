import { isBlankNumber } from '../number-generator.js';
import { today, type FirstVisionScope } from '../firstvision-sandbox.js';
import { allocateNumber } from './allocate-number.js';
import { ensure } from './ensure.js';
import { accounts, customers, relationships } from './firstvision-collections.js';
import type { Account, Customer, Relationship } from './firstvision-records.js';
import { groupSize } from './group-size.js';
import { numberConflict } from './number-conflict.js';

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

type Checked = { customer: Customer; relationship: Relationship | undefined; given: string | undefined };

async function check({ tx, sandbox }: FirstVisionScope, input: AddAccountInput): Promise<Checked> {
  ensure(sandbox.organizations.org(input.org), 'VPL5SAA08S', `organization ${input.org} is not known`);
  ensure(sandbox.organizations.logo(input.org, input.logo), 'VPL5SAA12S', `logo ${input.logo} is not known in organization ${input.org}`);
  ensure(input.blockCode1 === undefined || /^[A-Z ]?$/.test(input.blockCode1), 'VPL5SAA33E', 'block code 1 is A-Z or space');
  ensure(input.blockCode2 === undefined || /^[A-Z ]?$/.test(input.blockCode2), 'VPL5SAA34E', 'block code 2 is A-Z or space');
  ensure(input.cardExpiration === undefined || /^(\d{4})?$/.test(input.cardExpiration), 'VPL5SAA39E', 'card expiration is MMYY');
  const customer = await tx.get(customers, input.customerNumber);
  ensure(customer, 'VPL5SGC04S', `customer ${input.customerNumber} not found`);
  const relationshipNumber = isBlankNumber(input.relationshipNumber) ? undefined : input.relationshipNumber;
  const relationship = relationshipNumber === undefined ? undefined : await tx.get(relationships, relationshipNumber);
  ensure(relationshipNumber === undefined || relationship, 'VPL5S0026S', `relationship ${relationshipNumber} not on file`);
  const given = isBlankNumber(input.accountNumber) ? undefined : input.accountNumber;
  const taken = given === undefined ? undefined : await numberConflict(tx, given, 'account', input.org, customer.customerNumber);
  ensure(taken === undefined, 'VPL5SAA14S', `account number ${given} is ${taken?.reserved ? 'reserved as' : 'already'} a ${taken?.kind} number`);
  return { customer, relationship, given };
}

/** The relationship's totals once `account` joins it. */
async function joinRelationship({ tx }: FirstVisionScope, relationship: Relationship, account: Account, input: AddAccountInput): Promise<void> {
  account.relationshipNumber = relationship.relationshipNumber;
  account.positionInRelationship = await groupSize(tx, accounts, 'relationship', relationship.relationshipNumber);
  const totals = { ...relationship, accountCount: relationship.accountCount + 1, creditLimitTotal: relationship.creditLimitTotal + (input.creditLimit ?? 0) };
  if (input.primary && totals.primaryAccount === undefined) totals.primaryAccount = account.accountNumber;
  await tx.replace(relationships, totals);
}

/**
 * Account Add: an account of a customer under an org and logo, optionally under a relationship.
 * Codes (accountAdd catalogue): VPL5SAA08S unknown org, VPL5SAA12S unknown logo, VPL5SGC04S unknown customer,
 * VPL5S0026S unknown relationship, VPL5SAA14S number already issued (as any kind but this customer's own customer
 * number) or reserved for another kind, org or customer, VPL5SAA33E/34E block codes, VPL5SAA39E expiry.
 */
export async function addAccount(scope: FirstVisionScope, input: AddAccountInput): Promise<Account> {
  const { tx, env } = scope;
  const { customer, relationship, given } = await check(scope, input);
  const { linkedAccount } = customer;
  const linked = linkedAccount !== undefined && !(await tx.has(accounts, linkedAccount)) ? linkedAccount : undefined;
  const row: Account = {
    accountNumber: given ?? linked ?? (await allocateNumber(tx, input.org, input.logo)),
    organization: input.org,
    logo: input.logo,
    customerNumber: customer.customerNumber,
    addedOn: today(env),
    positionInCustomer: await groupSize(tx, accounts, 'customer', customer.customerNumber),
  };
  if (input.creditLimit !== undefined) row.creditLimit = input.creditLimit;
  if (input.blockCode1?.trim()) row.blockCode1 = input.blockCode1;
  if (input.blockCode2?.trim()) row.blockCode2 = input.blockCode2;
  if (input.cardExpiration) row.cardExpiration = input.cardExpiration;
  if (relationship) await joinRelationship(scope, relationship, row, input);
  return tx.insert(accounts, row);
}
