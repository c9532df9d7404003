import { isBlankNumber } from '../number-generator.js';
import { today, type FirstVisionScope } from '../firstvision-sandbox.js';
import { allocateNumber } from './allocate-number.js';
import { ensure } from './ensure.js';
import { customers, relationships } from './firstvision-collections.js';
import { groupSize } from './group-size.js';
import type { NumberKind, Relationship } from './firstvision-records.js';
import { numberConflict } from './number-conflict.js';

export type AddRelationshipInput = {
  org: number;
  customerNumber: string;
  /** 19 digits; absent, blank or zeros: generated (org, logo 000). */
  relationshipNumber?: string;
  creditLimit: number;
  /** Day of the month, 1-31. */
  billingCycle: number;
  /** 0 relationship, 1 subordinate, 2 combined. */
  billingLevel: number;
  /** Must be 1 when the billing level is 0 or 1 (VPL5SAR13S); defaults to 1. */
  modificationAccountLevelFlag?: number;
  name?: string;
  blockCode?: string;
  /** Account control table override (0-999); must be 0 or absent at billing level 1 (VPL5SAR28S). */
  accountControlTable?: number;
};

/** The code for a relationship number already issued, by the kind it was issued as. */
const CONFLICT_CODES: Record<NumberKind, string> = { relationship: 'VPL5SAR36S', customer: 'VPL5SAR37S', account: 'VPL5SAR38S', card: 'VPL5SAR90S' };

function checkTerms(input: AddRelationshipInput): void {
  ensure(Number.isInteger(input.creditLimit) && input.creditLimit > 0, 'VPL5SAR04E', 'credit limit must be greater than zero');
  ensure(Number.isInteger(input.billingCycle) && input.billingCycle >= 1 && input.billingCycle <= 31, 'VPL5SAR19E', 'billing cycle 01-31');
  ensure([0, 1, 2].includes(input.billingLevel), 'VPL5SAR22E', 'billing level 0, 1 or 2');
  ensure(input.billingLevel === 2 || (input.modificationAccountLevelFlag ?? 1) === 1, 'VPL5SAR13S', 'billing modify must be 1 when billing level is 0 or 1');
  ensure(input.billingLevel !== 1 || (input.accountControlTable ?? 0) === 0, 'VPL5SAR28S', 'account control table must be zero when billing level is 1');
  ensure(input.blockCode === undefined || /^[A-Z ]?$/.test(input.blockCode), 'VPL5SAR05E', `invalid block code ${input.blockCode}`);
}

async function checkGivenNumber({ tx }: FirstVisionScope, given: string, org: number): Promise<void> {
  ensure(/^\d{19}$/.test(given), 'VPL5SAR02E', `relationship number ${given} is not 19 digits`);
  const taken = await numberConflict(tx, given, 'relationship', org);
  const code = taken?.reserved ? 'VPL5SAR90S' : CONFLICT_CODES[taken?.kind ?? 'card'];
  ensure(taken === undefined, code, `relationship number ${given} is ${taken?.reserved ? 'reserved as' : 'already'} a ${taken?.kind} number`);
}

/**
 * Relationship Add: a corporate grouping under a customer.
 * Codes (relationshipAdd catalogue): VPL5SAR07S unknown org, VPL5SAR10S relationships off in the org,
 * VPL5SAR19S unknown customer, VPL5SAR36S/37S/38S number already a relationship/customer/account, VPL5SAR90S a
 * card number or reserved for another kind or org,
 * VPL5SAR04E limit, VPL5SAR19E cycle, VPL5SAR22E level, VPL5SAR13S billing modify, VPL5SAR28S control table at
 * billing level 1, VPL5SAR05E block code.
 */
export async function addRelationship(scope: FirstVisionScope, input: AddRelationshipInput): Promise<Relationship> {
  const { tx, sandbox, env } = scope;
  const org = sandbox.organizations.org(input.org);
  ensure(org, 'VPL5SAR07S', `organization ${input.org} is not known`);
  ensure(org.relationshipsEnabled, 'VPL5SAR10S', `relationships are not activated in organization ${input.org}`);
  checkTerms(input);
  const customer = await tx.get(customers, input.customerNumber);
  ensure(customer && customer.organization === input.org, 'VPL5SAR19S', `customer ${input.customerNumber} not found in org ${input.org}`);
  const given = isBlankNumber(input.relationshipNumber) ? undefined : input.relationshipNumber;
  if (given !== undefined) await checkGivenNumber(scope, given, input.org);

  const row: Relationship = {
    relationshipNumber: given ?? (await allocateNumber(tx, input.org, 0)),
    organization: input.org,
    ownerCustomer: customer.customerNumber,
    positionInCustomer: await groupSize(tx, relationships, 'customer', customer.customerNumber),
    creditLimit: input.creditLimit,
    billingCycle: input.billingCycle,
    billingLevel: input.billingLevel,
    accountCount: 0,
    creditLimitTotal: 0,
    addedOn: today(env),
  };
  if (input.name?.trim()) row.name = input.name.trim();
  if (input.blockCode?.trim()) row.blockCode = input.blockCode;
  return tx.insert(relationships, row);
}
