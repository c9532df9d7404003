import type { CustomerRow, PriorAddress } from '../domain/firstvision-rows.js';
import type { FirstVisionStore } from '../firstvision-store.js';
import { personView, viewOf } from '../person-view.js';
import { resolveCustomerNumber } from '../resolve-customer-number.js';
import { domainHandler, numberOf, refuse } from './domain-handler.js';
import { ZERO_NUMBER } from '../number-generator.js';

function currentEntry(store: FirstVisionStore, customer: CustomerRow, role: 'owner' | 'coOwner') {
  const p = personView(store, customer, role);
  const t = p.text;
  const flag = (key: string) => Math.min(2, Math.max(0, p.int(key)));
  const userMax = [2, 2, 7, 1, 1, 2, 2, 3, 3, 8, 8, 30, 30];
  const userData: Record<string, string> = {};
  userMax.forEach((max, i) => (userData[`userDefined${i + 1}`] = t(`user${i + 1}`, max)));
  for (const i of [1, 2, 3]) userData[`userDefinedDemographic${i}`] = t(`demographic${i}`, 20);
  return {
    homeTelephone: t('homePhoneNumber', 20), homeTelephoneFlag: flag('homePhoneFlag'),
    workTelephone: t('employerPhoneNumber', 20), workPhoneExtension: t('employerPhoneExtension', 6), workPhoneFlag: flag('employerPhoneFlag'),
    faxNumber: t('homeFaxPhoneNumber', 20), faxFlag: flag('faxPhoneFlag'),
    mobilePhone: t('mobilePhoneNumber', 20), mobilePhoneFlag: flag('mobilePhoneFlag'),
    countryCode: t('countryCode', 3), postalCode: t('postalCode', 10), languageIndicator: t('languageIndicator', 3),
    mailingList: t('mailingListIndicator', 1), statementMessageIndicator: t('statementMessageIndicator', 1),
    dateOfBirth: p.date('dateOfBirth', '1980-01-01'), email: t('email', 60), emailFlag: flag('emailFlag'),
    userData,
    addressData: {
      nameTypeIndicator1: t('nameTypeIndicator1', 1), nameTypeIndicator2: t('nameTypeIndicator2', 1), nameTypeIndicator3: t('nameTypeIndicator3', 1),
      nameLine1: t('nameLine1', 40), nameLine2: t('nameLine2', 40), nameLine3: t('nameLine3', 40),
      houseNumber: t('houseNumber', 20), houseName: t('houseName', 40),
      addressLine1: t('houseAddress1', 40), addressLine2: t('houseAddress2', 40), addressLine3: t('houseAddress3', 40), addressLine4: t('houseAddress4', 40),
      city: t('city', 30), stateProvince: t('state', 3),
      employer: t('employerName', 40), employerAddress1: t('employerAddress1', 40), employerAddress2: t('employerAddress2', 40),
      shortMessageServiceFlag: t('smsFlag', 1) === '1' ? '1' : '0',
    },
  };
}

function priorEntry(prior: PriorAddress) {
  const t = viewOf(prior.fields).text;
  return {
    pmDate: prior.d,
    pmStatementMessageIndicator: t('statementMessageIndicator', 1), pmLanguageIndicator: t('languageIndicator', 3),
    pmHomePhone: t('homePhoneNumber', 20), pmWorkPhone: t('employerPhoneNumber', 20), pmWorkPhoneExtension: t('employerPhoneExtension', 6),
    pmFaxNumber: t('homeFaxPhoneNumber', 20), pmMobilePhoneNumber: t('mobilePhoneNumber', 20), pmEmailAddress: t('email', 60),
    pmNameTypeIndicator1: t('nameTypeIndicator1', 1), pmNameTypeIndicator2: t('nameTypeIndicator2', 1), pmNameTypeIndicator3: t('nameTypeIndicator3', 1),
    pmNameLine1: t('nameLine1', 40), pmNameLine2: t('nameLine2', 40), pmNameLine3: t('nameLine3', 40),
    pmHouseNumber: t('houseNumber', 20), pmHouseName: t('houseName', 40),
    pmAddressLine1: t('houseAddress1', 40), pmAddressLine2: t('houseAddress2', 40), pmAddressLine3: t('houseAddress3', 40), pmAddressLine4: t('houseAddress4', 40),
    pmCity: t('city', 30), pmStateProvince: t('state', 3), pmPostalCode: t('postalCode', 10),
    pmHomeTelephoneFlag: t('homePhoneFlag', 1), pmWorkPhoneFlag: t('employerPhoneFlag', 1), pmFaxFlag: t('faxPhoneFlag', 1),
    pmMobilePhoneFlag: t('mobilePhoneFlag', 1), pmEmailFlag: t('emailFlag', 1),
    reservedCodes: '', reservedDates: '', reservedAmounts: '',
  };
}

/**
 * GET /customer/{accountNumber}/current-prior-address: the customer behind an account, relationship or customer
 * number; owner and/or co-owner (ownerCoOwnerFlag 0 both, 1 owner, 2 co-owner), current and/or prior addresses
 * (currentPriorFlag B, C, P). Prior addresses are the owner's only.
 */
export const currentPriorAddressHandler = domainHandler((context, store) => {
  const { params, query } = context.values;
  const org = numberOf(query.organizationNumber);
  const who = Number(query.ownerCoOwnerFlag ?? 1);
  const when = String(query.currentPriorFlag ?? 'B');
  const organization = store.organizations.org(org);
  if (!organization) refuse('VPL5SAD07S', `organization ${org} is not known`);
  if (who === 2 && when !== 'C') refuse(when === 'P' ? 'VPL5SAD05E' : 'VPL5SAD16E', 'prior addresses are kept for the owner only');
  if (when !== 'C' && !organization.priorAddressEnabled) refuse('VPL5SAD11S', `prior addresses are off in organization ${org}`);
  const number = String(params.accountNumber);
  const found = resolveCustomerNumber(store, number, { orCustomer: true });
  if (!found || found.customer.o !== org) refuse('VPL5SAD10S', `${number} not found in organization ${org}`);
  const { customer } = found;
  const prior = customer.prior ?? [];
  if (when === 'P' && prior.length === 0) refuse('VPL5SAD17E', 'no prior address');
  const current = when === 'P' ? [] : [
    ...(who !== 2 ? [currentEntry(store, customer, 'owner')] : []),
    ...(who !== 1 && customer.coOwner ? [currentEntry(store, customer, 'coOwner')] : []),
  ];
  const priorShown = when === 'C' ? [] : prior.slice(-99).reverse().map(priorEntry);
  const account = found.account ?? store.accounts.get(store.accounts.groupIds('customer', customer.n)[0] ?? '');
  return {
    organizationNumber: org,
    logo: account?.g ?? 0,
    accountNumber: account?.n ?? ZERO_NUMBER,
    customerNumber: customer.n,
    relationshipNumber: found.relationship?.n ?? account?.r ?? ZERO_NUMBER,
    vipFlag: customer.vip ?? 0,
    customerData: {
      occurrencesForNameAddressField: current.length,
      nameAddressTable: current,
      priorMailerData: { priorMailerFieldsOccurrences: priorShown.length, priorMailer: priorShown },
    },
  };
});
