import type { EntityFaker } from '../../../src/fake/entity-faker.js';
import type { Handler } from '../../../src/plugin/api-plugin.js';
import { accounts } from '../domain/firstvision-collections.js';
import type { Customer } from '../domain/firstvision-records.js';
import { refuse } from '../domain/ensure.js';
import type { FirstVisionSandbox } from '../firstvision-sandbox.js';
import { displayPan } from '../pan-display.js';
import { personView, type PersonView } from '../person-view.js';
import { resolveCustomerNumber } from '../resolve-customer-number.js';
import { schemaWidths, type FieldWidths } from '../schema-widths.js';
import { bodyOf, domainHandler, type FirstVisionContext, indicator, numberOf } from './domain-handler.js';

type DemographicInquiryBody = { organizationNumber: number | string; customerAccountCardNumber: string; numberType: string | number };

/** Where the entry's schema sits in the contract. */
const ENTRY = '/responses/200/body/properties/data/properties/nameAddrData/items';

type Text = (key: string, field?: string) => string;

function nameAddressData(p: PersonView, t: Text, cityWidth: number, w: FieldWidths) {
  return {
    nameLine1: t('nameLine1', 'nameAddressData.nameLine1'), nameLine2: t('nameLine2', 'nameAddressData.nameLine2'), nameLine3: t('nameLine3', 'nameAddressData.nameLine3'),
    houseNumber: t('houseNumber', 'nameAddressData.houseNumber'), houseName: t('houseName', 'nameAddressData.houseName'),
    houseAddress1: t('houseAddress1', 'nameAddressData.houseAddress1'), houseAddress2: t('houseAddress2', 'nameAddressData.houseAddress2'),
    houseAddress3: t('houseAddress3', 'nameAddressData.houseAddress3'), houseAddress4: t('houseAddress4', 'nameAddressData.houseAddress4'),
    cityAndState: `${p.text('city', cityWidth)} ${t('state', 'nameAddressData.state')}`.trim().slice(0, w('nameAddressData.cityAndState')),
    state: t('state', 'nameAddressData.state'),
    memo1: t('memo1', 'nameAddressData.memo1'), memo2: t('memo2', 'nameAddressData.memo2'),
    contactIndicator: p.int('contactIndicator'), genderCode: p.int('genderCode'),
    homePhoneFlag: t('homePhoneFlag', 'nameAddressData.homePhoneFlag'), faxPhoneFlag: t('faxPhoneFlag', 'nameAddressData.faxPhoneFlag'),
    mobilePhoneFlag: t('mobilePhoneFlag', 'nameAddressData.mobilePhoneFlag'), emailFlag: t('emailFlag', 'nameAddressData.emailFlag'), smsFlag: t('smsFlag', 'nameAddressData.smsFlag'),
    lastName: t('lastName', 'nameAddressData.lastName'), middleName: t('middleName', 'nameAddressData.middleName'), firstName: t('firstName', 'nameAddressData.firstName'),
    suffix: t('suffix', 'nameAddressData.suffix'), county: t('county', 'nameAddressData.county'),
  };
}

/** user1…user15: user10 and user11 are dates, the others text. */
function userFields(p: PersonView, t: Text, customer: Customer): Record<string, string> {
  const users: Record<string, string> = {};
  for (let i = 1; i <= 15; i++) users[`user${i}`] = i === 10 || i === 11 ? p.date(`user${i}`, customer.addedOn) : t(`user${i}`);
  return users;
}

function contactFields(t: Text) {
  return {
    relativeName: t('relativeName'), title: t('title'), identificationNumberFlag: t('identificationNumberFlag'), identificationNumber: t('identificationNumber'),
    homePhoneNumber: t('homePhoneNumber'), employerName: t('employerName'), employerAddress1: t('employerAddress1'), employerAddress2: t('employerAddress2'),
    employerPhoneFlag: t('employerPhoneFlag'), employerPhoneNumber: t('employerPhoneNumber'), employerExtensionPhoneNumber: t('employerPhoneExtension', 'employerExtensionPhoneNumber'),
    homeFaxPhoneNumber: t('homeFaxPhoneNumber'), mobilePhoneNumber: t('mobilePhoneNumber'), countryCode: t('countryCode'),
  };
}

export type Entry = { customer: Customer; role: 'owner' | 'coOwner'; sequence: number; accountCardNumber: string };

export function nameAddrEntry(faker: EntityFaker, w: FieldWidths, cityWidth: number, entry: Entry) {
  const { customer } = entry;
  const p = personView(faker, customer, entry.role);
  const t: Text = (key, field = key) => p.text(key, w(field));
  return {
    sequence: entry.sequence,
    ...contactFields(t),
    countryName: t('countryCode') === 'BRA' ? 'BRASIL' : t('countryCode'),
    postalCode: t('postalCode'), position: t('position'), maritalStatus: t('maritalStatus'), ownOrRentResidenceFlag: t('ownOrRentResidenceFlag'),
    languageIndicator: t('languageIndicator'),
    carrierRoute: { carrierRoute1and2: t('carrierRoute1And2', 'carrierRoute.carrierRoute1and2'), carrierRoute3and4: p.int('carrierRoute3And4') },
    mailingList: t('mailingListIndicator', 'mailingList'), dateOfBirth: p.date('dateOfBirth', '1980-01-01'), foreignIndicator: t('foreignIndicator'),
    driverLicense: {
      driverLicenseNumber: t('driverLicenseNumber', 'driverLicense.driverLicenseNumber'), driverLicenseState: t('driverLicenseState', 'driverLicense.driverLicenseState'),
      driverLicenseCountry: t('driverLicenseCountry', 'driverLicense.driverLicenseCountry'),
    },
    w9Indicator: 0, w9DateSent: customer.addedOn, w9DateFiled: p.date('dateOfFile', customer.addedOn),
    numberOfDependents: p.int('numberOfDependents'), statementMessageIndicator: p.int('statementMessageIndicator'), email: t('email'),
    ...userFields(p, t, customer),
    demographic1: t('demographic1'), demographic2: t('demographic2'), demographic3: t('demographic3'),
    nameTypeIndicator: {
      nameTypeIndicator1: t('nameTypeIndicator1', 'nameTypeIndicator.nameTypeIndicator1'), nameTypeIndicator2: t('nameTypeIndicator2', 'nameTypeIndicator.nameTypeIndicator2'),
      nameTypeIndicator3: t('nameTypeIndicator3', 'nameTypeIndicator.nameTypeIndicator3'),
    },
    nameAddressData: nameAddressData(p, t, cityWidth, w),
    accountCardNumber: entry.accountCardNumber, userfield: [], demofield: [],
  };
}

/** The inquired customer (by customer, account or card number per `numberType`) and the number its entries show. */
export async function inquiredCustomer(context: FirstVisionContext): Promise<{ customer: Customer; shown: string }> {
  const { tx, sandbox } = context;
  const body = bodyOf<DemographicInquiryBody>(context);
  const org = numberOf(body.organizationNumber);
  if (!sandbox.organizations.org(org)) refuse('VPL5SGCZ4S', `organization ${org} is not known`);
  const byCustomer = indicator(body.numberType) === '1';
  const found = await resolveCustomerNumber(tx, body.customerAccountCardNumber, { asCustomer: byCustomer });
  if (!found || found.customer.organization !== org) refuse(byCustomer ? 'VPL5SGC04S' : 'VPL5SGC01S', `${body.customerAccountCardNumber} not found`);
  const { customer } = found;
  const firstAccount = async () => (await tx.groupIds(accounts, 'customer', customer.customerNumber, 0, 1)).rows[0];
  const shown = found.pan ? displayPan(found.pan, sandbox.config.panDisplay) : (found.account?.accountNumber ?? (await firstAccount()) ?? customer.customerNumber);
  return { customer, shown };
}

/** The record part of an inquiry's answer (both forms), around its name/address entries. */
export function demographicRecord(customer: Customer, nameAddrData: unknown[]) {
  return {
    organizationNumber: customer.organization,
    customerNumber: customer.customerNumber,
    addStatus: 0,
    status: customer.status ?? 0,
    source: 'O',
    dateLastMaintenance: customer.maintainedOn ?? customer.addedOn,
    dateLastAddressChange: customer.addressChangedOn ?? customer.addedOn,
    vipStatus: String(customer.vipStatus ?? 0),
    sicCode: customer.sicCode ?? 0,
    duplicateCurrency: 0,
    makerCoMakerIndicator: customer.coOwner ? '2' : '1',
    nameAddrData,
  };
}

/**
 * POST /customer/demographicData-l8v2: the owner's and co-owner's demographics, by customer, account or card number.
 * Text fields are cut to the widths the contract in `contractsDir` gives them.
 */
export function demographicInquiryHandler(contractsDir: string): Handler<FirstVisionSandbox> {
  const w = schemaWidths(contractsDir, 'demographic-inquiry.json', ENTRY);
  const cityWidth = schemaWidths(contractsDir, 'defs.json', '/$defs/customerDemographics')('city');
  return domainHandler(async (context) => {
    const { customer, shown } = await inquiredCustomer(context);
    const entries = [nameAddrEntry(context.env.faker, w, cityWidth, { customer, role: 'owner', sequence: 1, accountCardNumber: shown })];
    if (customer.coOwner) entries.push(nameAddrEntry(context.env.faker, w, cityWidth, { customer, role: 'coOwner', sequence: 2, accountCardNumber: shown }));
    return demographicRecord(customer, entries);
  });
}
