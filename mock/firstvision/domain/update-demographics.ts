import { fakeDemographics } from '../fake-demographics.js';
import { today, type FirstVisionScope } from '../firstvision-sandbox.js';
import { customerOfCardOrAccount } from '../pan-of.js';
import { compact } from './add-customer.js';
import { checkDemographics } from './demographic-rules.js';
import { ensure } from './ensure.js';
import { accounts, customers, relationships } from './firstvision-collections.js';
import type { Customer, Demographics } from './firstvision-records.js';
import { groupSize } from './group-size.js';

export type UpdateDemographicsInput = {
  org: number;
  /** The customer, by customer number or by one of its card or account numbers (PAN, PAN token, account). */
  customerNumber?: string;
  cardOrAccountNumber?: string;
  /** Whose demographics change; undefined leaves both as they are (status, VIP and SIC may still change). */
  who?: 'owner' | 'coOwner';
  /** New values in Customer Add field names; blanks mean "leave unchanged". */
  changes: Demographics;
  vipStatus?: number;
  status?: number;
  sicCode?: number;
};

/** Fields whose change makes the previous mailing address a prior address. */
export const ADDRESS_FIELDS = ['houseNumber', 'houseName', 'houseAddress1', 'houseAddress2', 'houseAddress3', 'houseAddress4', 'city', 'state', 'postalCode', 'countryCode'];
/** What a prior address keeps: the name lines, the address, the phones and the e-mail of the time. */
export const PRIOR_FIELDS = [...ADDRESS_FIELDS, 'nameLine1', 'nameLine2', 'nameLine3', 'nameTypeIndicator1', 'nameTypeIndicator2', 'nameTypeIndicator3',
  'homePhoneNumber', 'employerPhoneNumber', 'employerPhoneExtension', 'homeFaxPhoneNumber', 'mobilePhoneNumber', 'email', 'homePhoneFlag', 'employerPhoneFlag',
  'faxPhoneFlag', 'mobilePhoneFlag', 'emailFlag', 'languageIndicator', 'statementMessageIndicator'];

async function findCustomer({ tx, sandbox }: FirstVisionScope, input: UpdateDemographicsInput): Promise<Customer> {
  ensure(sandbox.organizations.org(input.org), 'VPL5SGCZ4S', `organization ${input.org} is not known`);
  if (input.customerNumber !== undefined) {
    const customer = await tx.get(customers, input.customerNumber);
    ensure(customer && customer.organization === input.org, 'VPL5SGC04S', `customer ${input.customerNumber} not found in org ${input.org}`);
    return customer;
  }
  const owner = await customerOfCardOrAccount(tx, input.cardOrAccountNumber ?? '');
  const customer = owner ? await tx.get(customers, owner.customer) : undefined;
  ensure(customer && customer.organization === input.org, 'VPL5SGC01S', 'card or account number not found');
  return customer;
}

/** The purge rules (status 2): no relationship and no account left. */
async function checkPurge({ tx }: FirstVisionScope, customer: Customer, status: number | undefined): Promise<void> {
  if (status !== 2) return;
  ensure((await groupSize(tx, relationships, 'customer', customer.customerNumber)) === 0, 'VPL5SGC33E', 'customer has relationships');
  ensure((await groupSize(tx, accounts, 'customer', customer.customerNumber)) === 0, 'VPL5SGC34E', 'customer has accounts');
}

/** The owner's new demographics, keeping the address shown until now as a prior address when the address changes. */
function moveOwner({ env }: FirstVisionScope, customer: Customer, updated: Customer, changes: Demographics, next: Demographics): void {
  const shown = { ...fakeDemographics(env.faker, customer.customerNumber, 'owner'), ...customer.owner };
  if (ADDRESS_FIELDS.some((field) => changes[field] !== undefined && changes[field] !== shown[field])) {
    const fields: Demographics = {};
    for (const field of PRIOR_FIELDS) if (shown[field] !== undefined) fields[field] = shown[field] as string | number;
    updated.priorAddresses = [...(customer.priorAddresses ?? []), { replacedOn: today(env), fields }];
    updated.addressChangedOn = today(env);
  }
  updated.owner = next;
}

/**
 * Customer Update: changes the owner's or co-owner's demographics (blanks leave a field alone), checking only the
 * rules the sent fields touch. When the owner's address changes, the previous address (as it was shown) becomes a
 * prior address dated today.
 * Codes (customerUpdate catalogue): VPL5SGCZ4S, VPL5SGC04S, VPL5SGC01S, VPL5SGC42E, VPL5SGC44E-47E, VPL5SGC53E, VPL5SGC33E/34E.
 */
export async function updateDemographics(scope: FirstVisionScope, input: UpdateDemographicsInput): Promise<Customer> {
  const customer = await findCustomer(scope, input);
  const changes = compact(input.changes);
  const current = input.who === 'coOwner' ? (customer.coOwner ?? {}) : customer.owner;
  const next: Demographics = { ...current, ...changes };
  // Only the rules the sent fields touch: an unrelated change (VIP status, say) never fails on stored data.
  if (input.who !== undefined) checkDemographics(changes, next, today(scope.env));
  await checkPurge(scope, customer, input.status);

  const updated: Customer = { ...customer, maintainedOn: today(scope.env) };
  if (input.vipStatus !== undefined) updated.vipStatus = input.vipStatus;
  if (input.status !== undefined) updated.status = input.status;
  if (input.sicCode !== undefined) updated.sicCode = input.sicCode;
  if (input.who === 'coOwner') updated.coOwner = next;
  if (input.who === 'owner') moveOwner(scope, customer, updated, changes, next);
  return scope.tx.replace(customers, updated);
}
