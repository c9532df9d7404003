import type { EntityFaker } from '../../../src/fake/entity-faker.js';
import type { Handler } from '../../../src/plugin/api-plugin.js';
import { accounts } from '../domain/firstvision-collections.js';
import type { Customer, PriorAddress } from '../domain/firstvision-records.js';
import { refuse } from '../domain/ensure.js';
import type { FirstVisionSandbox } from '../firstvision-sandbox.js';
import { ZERO_NUMBER } from '../number-generator.js';
import { personView, viewOf } from '../person-view.js';
import { resolveCustomerNumber } from '../resolve-customer-number.js';
import { schemaWidths, type FieldWidths } from '../schema-widths.js';
import { domainHandler, type FirstVisionContext, numberOf } from './domain-handler.js';

const CUSTOMER_DATA = '/responses/200/body/properties/data/properties/customerData';

type Text = (key: string, field: string) => string;

function userData(t: Text): Record<string, string> {
  const data: Record<string, string> = {};
  for (let i = 1; i <= 13; i++) data[`userDefined${i}`] = t(`user${i}`, `userData.userDefined${i}`);
  for (const i of [1, 2, 3]) data[`userDefinedDemographic${i}`] = t(`demographic${i}`, `userData.userDefinedDemographic${i}`);
  return data;
}

function addressData(t: Text, sms: string) {
  const a = (key: string, field: string) => t(key, `addressData.${field}`);
  return {
    nameTypeIndicator1: a('nameTypeIndicator1', 'nameTypeIndicator1'), nameTypeIndicator2: a('nameTypeIndicator2', 'nameTypeIndicator2'), nameTypeIndicator3: a('nameTypeIndicator3', 'nameTypeIndicator3'),
    nameLine1: a('nameLine1', 'nameLine1'), nameLine2: a('nameLine2', 'nameLine2'), nameLine3: a('nameLine3', 'nameLine3'),
    houseNumber: a('houseNumber', 'houseNumber'), houseName: a('houseName', 'houseName'),
    addressLine1: a('houseAddress1', 'addressLine1'), addressLine2: a('houseAddress2', 'addressLine2'), addressLine3: a('houseAddress3', 'addressLine3'), addressLine4: a('houseAddress4', 'addressLine4'),
    city: a('city', 'city'), stateProvince: a('state', 'stateProvince'),
    employer: a('employerName', 'employer'), employerAddress1: a('employerAddress1', 'employerAddress1'), employerAddress2: a('employerAddress2', 'employerAddress2'),
    shortMessageServiceFlag: sms === '1' ? '1' : '0',
  };
}

function currentEntry(faker: EntityFaker, w: FieldWidths, customer: Customer, role: 'owner' | 'coOwner') {
  const p = personView(faker, customer, role);
  const t: Text = (key, field) => p.text(key, w(field));
  const flag = (key: string) => Math.min(2, Math.max(0, p.int(key)));
  return {
    homeTelephone: t('homePhoneNumber', 'homeTelephone'), homeTelephoneFlag: flag('homePhoneFlag'),
    workTelephone: t('employerPhoneNumber', 'workTelephone'), workPhoneExtension: t('employerPhoneExtension', 'workPhoneExtension'), workPhoneFlag: flag('employerPhoneFlag'),
    faxNumber: t('homeFaxPhoneNumber', 'faxNumber'), faxFlag: flag('faxPhoneFlag'),
    mobilePhone: t('mobilePhoneNumber', 'mobilePhone'), mobilePhoneFlag: flag('mobilePhoneFlag'),
    countryCode: t('countryCode', 'countryCode'), postalCode: t('postalCode', 'postalCode'), languageIndicator: t('languageIndicator', 'languageIndicator'),
    mailingList: t('mailingListIndicator', 'mailingList'), statementMessageIndicator: t('statementMessageIndicator', 'statementMessageIndicator'),
    dateOfBirth: p.date('dateOfBirth', '1980-01-01'), email: t('email', 'email'), emailFlag: flag('emailFlag'),
    userData: userData(t),
    addressData: addressData(t, p.text('smsFlag', 1)),
  };
}

/** Prior-mailer fields and the demographic each shows, in the response's order. */
const PRIOR_FIELDS: Array<[field: string, key: string]> = [
  ['pmStatementMessageIndicator', 'statementMessageIndicator'], ['pmLanguageIndicator', 'languageIndicator'], ['pmHomePhone', 'homePhoneNumber'],
  ['pmWorkPhone', 'employerPhoneNumber'], ['pmWorkPhoneExtension', 'employerPhoneExtension'], ['pmFaxNumber', 'homeFaxPhoneNumber'],
  ['pmMobilePhoneNumber', 'mobilePhoneNumber'], ['pmEmailAddress', 'email'], ['pmNameTypeIndicator1', 'nameTypeIndicator1'],
  ['pmNameTypeIndicator2', 'nameTypeIndicator2'], ['pmNameTypeIndicator3', 'nameTypeIndicator3'], ['pmNameLine1', 'nameLine1'], ['pmNameLine2', 'nameLine2'],
  ['pmNameLine3', 'nameLine3'], ['pmHouseNumber', 'houseNumber'], ['pmHouseName', 'houseName'], ['pmAddressLine1', 'houseAddress1'],
  ['pmAddressLine2', 'houseAddress2'], ['pmAddressLine3', 'houseAddress3'], ['pmAddressLine4', 'houseAddress4'], ['pmCity', 'city'],
  ['pmStateProvince', 'state'], ['pmPostalCode', 'postalCode'], ['pmHomeTelephoneFlag', 'homePhoneFlag'], ['pmWorkPhoneFlag', 'employerPhoneFlag'],
  ['pmFaxFlag', 'faxPhoneFlag'], ['pmMobilePhoneFlag', 'mobilePhoneFlag'], ['pmEmailFlag', 'emailFlag'],
];

function priorEntry(w: FieldWidths, prior: PriorAddress) {
  const t = viewOf(prior.fields).text;
  const entry: Record<string, string> = { pmDate: prior.replacedOn };
  for (const [field, key] of PRIOR_FIELDS) entry[field] = t(key, w(`priorMailerData.priorMailer.${field}`));
  return { ...entry, reservedCodes: '', reservedDates: '', reservedAmounts: '' };
}

/** The checks before the customer is looked up; `who` 0 both, 1 owner, 2 co-owner; `when` B, C or P. */
function checkFlags({ sandbox }: FirstVisionContext, org: number, who: number, when: string): void {
  const organization = sandbox.organizations.org(org);
  if (!organization) refuse('VPL5SAD07S', `organization ${org} is not known`);
  if (who === 2 && when !== 'C') refuse(when === 'P' ? 'VPL5SAD05E' : 'VPL5SAD16E', 'prior addresses are kept for the owner only');
  if (when !== 'C' && !organization.priorAddressEnabled) refuse('VPL5SAD11S', `prior addresses are off in organization ${org}`);
}

/**
 * GET /customer/{accountNumber}/current-prior-address: the customer behind an account, relationship or customer
 * number; owner and/or co-owner (ownerCoOwnerFlag 0 both, 1 owner, 2 co-owner), current and/or prior addresses
 * (currentPriorFlag B, C, P). Prior addresses are the owner's only. Widths come from the contract.
 */
export function currentPriorAddressHandler(contractsDir: string): Handler<FirstVisionSandbox> {
  const current = schemaWidths(contractsDir, 'current-prior-address.json', `${CUSTOMER_DATA}/properties/nameAddressTable/items`);
  const prior = schemaWidths(contractsDir, 'current-prior-address.json', CUSTOMER_DATA);
  return domainHandler(async (context) => {
    const { params, query } = context.values;
    const { tx, env } = context;
    const org = numberOf(query.organizationNumber);
    const who = Number(query.ownerCoOwnerFlag ?? 1);
    const when = String(query.currentPriorFlag ?? 'B');
    checkFlags(context, org, who, when);
    const number = String(params.accountNumber);
    const found = await resolveCustomerNumber(tx, number, { orCustomer: true });
    if (!found || found.customer.organization !== org) refuse('VPL5SAD10S', `${number} not found in organization ${org}`);
    const { customer } = found;
    const priors = customer.priorAddresses ?? [];
    if (when === 'P' && priors.length === 0) refuse('VPL5SAD17E', 'no prior address');
    const shown = when === 'P' ? [] : [
      ...(who !== 2 ? [currentEntry(env.faker, current, customer, 'owner')] : []),
      ...(who !== 1 && customer.coOwner ? [currentEntry(env.faker, current, customer, 'coOwner')] : []),
    ];
    const priorShown = when === 'C' ? [] : priors.slice(-99).reverse().map((entry) => priorEntry(prior, entry));
    const firstId = (await tx.groupIds(accounts, 'customer', customer.customerNumber, 0, 1)).rows[0];
    const account = found.account ?? (firstId === undefined ? undefined : await tx.get(accounts, firstId));
    return {
      organizationNumber: org,
      logo: account?.logo ?? 0,
      accountNumber: account?.accountNumber ?? ZERO_NUMBER,
      customerNumber: customer.customerNumber,
      relationshipNumber: found.relationship?.relationshipNumber ?? account?.relationshipNumber ?? ZERO_NUMBER,
      vipFlag: customer.vipStatus ?? 0,
      customerData: {
        occurrencesForNameAddressField: shown.length,
        nameAddressTable: shown,
        priorMailerData: { priorMailerFieldsOccurrences: priorShown.length, priorMailer: priorShown },
      },
    };
  });
}
