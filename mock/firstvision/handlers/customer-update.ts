import { accounts } from '../domain/firstvision-collections.js';
import type { Customer, Demographics } from '../domain/firstvision-records.js';
import { refuse } from '../domain/ensure.js';
import { updateDemographics } from '../domain/update-demographics.js';
import { ZERO_NUMBER } from '../number-generator.js';
import { customerOfCardOrAccount } from '../pan-of.js';
import { bodyOf, domainHandler, type FirstVisionContext, indicator, numberOf } from './domain-handler.js';

export type CustomerUpdateBody = Record<string, unknown> & {
  organizationNumber: number | string;
  customerNumber: string;
  numberType?: string | number;
  demographicDataIndicator?: string | number;
  userDataIndicator?: string | number;
  foreignUseIndicator?: string | number;
  vipStatus?: number;
  status?: number;
  sicCode?: number;
};

/** Customer Update field names that differ from Customer Add's (the names the state keeps). */
const RENAMES: Record<string, string> = {
  faxPhoneNumber: 'homeFaxPhoneNumber',
  taxIdType: 'identificationNumberFlag',
  taxIdNumber: 'identificationNumber',
  mailingList: 'mailingListIndicator',
  employerExtensionPhoneNumber: 'employerPhoneExtension',
  homePhoneIndicator: 'homePhoneFlag',
  faxPhoneIndicator: 'faxPhoneFlag',
  mobilePhoneIndicator: 'mobilePhoneFlag',
  emailIndicator: 'emailFlag',
  smsIndicator: 'smsFlag',
  userDemographic1: 'demographic1',
  userDemographic2: 'demographic2',
  userDemographic3: 'demographic3',
  dateFiledForm: 'dateOfFile',
};
const NOT_DEMOGRAPHICS = new Set(['organizationNumber', 'customerNumber', 'numberType', 'foreignUseIndicator', 'demographicDataIndicator',
  'userDataIndicator', 'vipStatus', 'status', 'sicCode', 'foreignFormIndicator', 'formDateSent', 'dummyCustomerNumber', 'panToken', 'globalQualification']);

/** The request's demographic fields in Customer Add names (nested driver licence and carrier route flattened). */
export function demographicChanges(body: Record<string, unknown>): Demographics {
  const changes: Demographics = {};
  for (const [key, value] of Object.entries(body)) {
    if (NOT_DEMOGRAPHICS.has(key)) continue;
    if (value !== null && typeof value === 'object') {
      for (const [inner, innerValue] of Object.entries(value as Record<string, unknown>)) {
        const name = inner.replace('carrierRoute1and2', 'carrierRoute1And2').replace('carrierRoute3and4', 'carrierRoute3And4');
        if (typeof innerValue === 'string' || typeof innerValue === 'number') changes[name] = innerValue;
      }
    } else if (typeof value === 'string' || typeof value === 'number') {
      changes[RENAMES[key] ?? key] = key === 'user10' || key === 'user11' ? String(value) : value;
    }
  }
  return changes;
}

/**
 * Customer Update's change and its echo: the owner's or co-owner's demographics by customer number or card/account
 * number, and the `outputArea` the service answers. Customer Reversal Update does the same before its card step.
 */
export async function updateCustomerRecord(context: FirstVisionContext, body: CustomerUpdateBody): Promise<{ customer: Customer; outputArea: Record<string, unknown> }> {
  const demographic = indicator(body.demographicDataIndicator);
  const user = indicator(body.userDataIndicator);
  const blank = (value: string) => value === ' ' || value === '0';
  if (!blank(demographic) && !blank(user) && demographic !== user) refuse('VPL5SGC08E', 'demographic and user data indicators differ');
  const org = numberOf(body.organizationNumber);
  const byCustomer = indicator(body.numberType) === '1';
  const chosen = blank(demographic) ? user : demographic;
  const customer = await updateDemographics(context, {
    org,
    ...(byCustomer ? { customerNumber: body.customerNumber } : { cardOrAccountNumber: body.customerNumber }),
    who: blank(chosen) ? undefined : chosen === '2' ? 'coOwner' : 'owner',
    changes: demographicChanges(body),
    vipStatus: body.vipStatus,
    status: body.status,
    sicCode: body.sicCode,
  });
  const account = byCustomer
    ? (await context.tx.groupIds(accounts, 'customer', customer.customerNumber, 0, 1)).rows[0]
    : (await customerOfCardOrAccount(context.tx, body.customerNumber))?.account;
  return {
    customer,
    outputArea: {
      organizationNumber: org,
      customerNumber: body.customerNumber,
      numberType: indicator(body.numberType),
      foreignUseIndicator: indicator(body.foreignUseIndicator),
      demographicDataIndicator: demographic,
      userDataIndicator: user,
      cmsOrganizationNumber: customer.organization,
      accountNumber: account ?? ZERO_NUMBER,
    },
  };
}

/** PUT /customer: updates the owner's or co-owner's demographics, by customer number or card/account number. */
export const customerUpdateHandler = domainHandler(async (context) => ({ outputArea: (await updateCustomerRecord(context, bodyOf<CustomerUpdateBody>(context))).outputArea }));
