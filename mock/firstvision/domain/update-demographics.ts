import type { FirstVisionStore } from '../firstvision-store.js';
import { fakeDemographics } from '../fake-demographics.js';
import { compact } from './add-customer.js';
import { checkDemographics } from './demographic-rules.js';
import { ensure } from './firstvision-domain-error.js';
import type { CustomerRow, Demographics } from './firstvision-rows.js';

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

function findCustomer(store: FirstVisionStore, input: UpdateDemographicsInput): CustomerRow {
  ensure(store.organizations.org(input.org), 'VPL5SGCZ4S', `organization ${input.org} is not known`);
  if (input.customerNumber !== undefined) {
    const customer = store.customers.get(input.customerNumber);
    ensure(customer && customer.o === input.org, 'VPL5SGC04S', `customer ${input.customerNumber} not found in org ${input.org}`);
    return customer;
  }
  const owner = store.customerOfCardOrAccount(input.cardOrAccountNumber ?? '');
  const customer = owner ? store.customers.get(owner.customer) : undefined;
  ensure(customer && customer.o === input.org, 'VPL5SGC01S', 'card or account number not found');
  return customer;
}

/** The purge rules (status 2): no relationship and no account left. */
function checkPurge(store: FirstVisionStore, customer: CustomerRow, status: number | undefined): void {
  if (status !== 2) return;
  ensure(store.relationships.groupIds('customer', customer.n).length === 0, 'VPL5SGC33E', 'customer has relationships');
  ensure(store.accounts.groupIds('customer', customer.n).length === 0, 'VPL5SGC34E', 'customer has accounts');
}

/**
 * Customer Update: changes the owner's or co-owner's demographics (blanks leave a field alone), checking only the
 * rules the sent fields touch. When the owner's address changes, the previous address (as it was shown) becomes a
 * prior address dated today.
 * Codes (customerUpdate catalogue): VPL5SGCZ4S, VPL5SGC04S, VPL5SGC01S, VPL5SGC42E, VPL5SGC44E-47E, VPL5SGC53E, VPL5SGC33E/34E.
 */
export function updateDemographics(store: FirstVisionStore, input: UpdateDemographicsInput): CustomerRow {
  const customer = findCustomer(store, input);
  const changes = compact(input.changes);
  const current = input.who === 'coOwner' ? (customer.coOwner ?? {}) : customer.owner;
  const next: Demographics = { ...current, ...changes };
  // Only the rules the sent fields touch: an unrelated change (VIP status, say) never fails on stored data.
  if (input.who !== undefined) checkDemographics(changes, next, store.today());
  checkPurge(store, customer, input.status);

  const today = store.today();
  const updated: CustomerRow = { ...customer, dm: today };
  if (input.vipStatus !== undefined) updated.vip = input.vipStatus;
  if (input.status !== undefined) updated.st = input.status;
  if (input.sicCode !== undefined) updated.sic = input.sicCode;
  if (input.who === 'coOwner') updated.coOwner = next;
  if (input.who === 'owner') {
    const shown = { ...fakeDemographics(store, customer.n, 'owner'), ...customer.owner };
    if (ADDRESS_FIELDS.some((field) => changes[field] !== undefined && changes[field] !== shown[field])) {
      const fields: Demographics = {};
      for (const field of PRIOR_FIELDS) if (shown[field] !== undefined) fields[field] = shown[field] as string | number;
      updated.prior = [...(customer.prior ?? []), { d: today, fields }];
      updated.da = today;
    }
    updated.owner = next;
  }
  return store.customers.replace(updated);
}
