import type { CustomerRow } from '../domain/firstvision-rows.js';
import type { FirstVisionStore } from '../firstvision-store.js';
import { displayPan } from '../pan-display.js';
import { personView } from '../person-view.js';
import { resolveCustomerNumber } from '../resolve-customer-number.js';
import { bodyOf, domainHandler, indicator, numberOf, refuse } from './domain-handler.js';

type DemographicInquiryBody = { organizationNumber: number | string; customerAccountCardNumber: string; numberType: string | number };

function nameAddrEntry(store: FirstVisionStore, customer: CustomerRow, role: 'owner' | 'coOwner', sequence: number, accountCardNumber: string) {
  const p = personView(store, customer, role);
  const t = p.text;
  const users: Record<string, string> = {};
  const userMax = [2, 2, 7, 1, 1, 2, 2, 3, 3, 0, 0, 30, 30, 20, 20];
  userMax.forEach((max, i) => {
    users[`user${i + 1}`] = i === 9 || i === 10 ? p.date(`user${i + 1}`, customer.d) : t(`user${i + 1}`, max);
  });
  return {
    sequence,
    relativeName: t('relativeName', 40),
    title: t('title', 20),
    identificationNumberFlag: t('identificationNumberFlag', 1),
    identificationNumber: t('identificationNumber', 25),
    homePhoneNumber: t('homePhoneNumber', 20),
    employerName: t('employerName', 40),
    employerAddress1: t('employerAddress1', 40),
    employerAddress2: t('employerAddress2', 40),
    employerPhoneFlag: t('employerPhoneFlag', 1),
    employerPhoneNumber: t('employerPhoneNumber', 20),
    employerExtensionPhoneNumber: t('employerPhoneExtension', 6),
    homeFaxPhoneNumber: t('homeFaxPhoneNumber', 20),
    mobilePhoneNumber: t('mobilePhoneNumber', 20),
    countryCode: t('countryCode', 3),
    countryName: t('countryCode', 3) === 'BRA' ? 'BRASIL' : t('countryCode', 3),
    postalCode: t('postalCode', 10),
    position: t('position', 4),
    maritalStatus: t('maritalStatus', 1),
    ownOrRentResidenceFlag: t('ownOrRentResidenceFlag', 1),
    languageIndicator: t('languageIndicator', 3),
    carrierRoute: { carrierRoute1and2: t('carrierRoute1And2', 2), carrierRoute3and4: p.int('carrierRoute3And4') },
    mailingList: t('mailingListIndicator', 1),
    dateOfBirth: p.date('dateOfBirth', '1980-01-01'),
    foreignIndicator: t('foreignIndicator', 1),
    driverLicense: { driverLicenseNumber: t('driverLicenseNumber', 20), driverLicenseState: t('driverLicenseState', 3), driverLicenseCountry: t('driverLicenseCountry', 3) },
    w9Indicator: 0,
    w9DateSent: customer.d,
    w9DateFiled: p.date('dateOfFile', customer.d),
    numberOfDependents: p.int('numberOfDependents'),
    statementMessageIndicator: p.int('statementMessageIndicator'),
    email: t('email', 60),
    ...users,
    demographic1: t('demographic1', 20),
    demographic2: t('demographic2', 20),
    demographic3: t('demographic3', 20),
    nameTypeIndicator: { nameTypeIndicator1: t('nameTypeIndicator1', 1), nameTypeIndicator2: t('nameTypeIndicator2', 1), nameTypeIndicator3: t('nameTypeIndicator3', 1) },
    nameAddressData: {
      nameLine1: t('nameLine1', 40), nameLine2: t('nameLine2', 40), nameLine3: t('nameLine3', 40),
      houseNumber: t('houseNumber', 20), houseName: t('houseName', 40),
      houseAddress1: t('houseAddress1', 40), houseAddress2: t('houseAddress2', 40), houseAddress3: t('houseAddress3', 40), houseAddress4: t('houseAddress4', 40),
      cityAndState: `${t('city', 30)} ${t('state', 3)}`.trim().slice(0, 40), state: t('state', 3),
      memo1: t('memo1', 60), memo2: t('memo2', 60),
      contactIndicator: p.int('contactIndicator'), genderCode: p.int('genderCode'),
      homePhoneFlag: t('homePhoneFlag', 1), faxPhoneFlag: t('faxPhoneFlag', 1), mobilePhoneFlag: t('mobilePhoneFlag', 1), emailFlag: t('emailFlag', 1), smsFlag: t('smsFlag', 1),
      lastName: t('lastName', 40), middleName: t('middleName', 40), firstName: t('firstName', 40), suffix: t('suffix', 20), county: t('county', 30),
    },
    accountCardNumber,
    userfield: [],
    demofield: [],
  };
}

/** POST /customer/demographicData-l8v2: the owner's and co-owner's demographics, by customer, account or card number. */
export const demographicInquiryHandler = domainHandler((context, store) => {
  const body = bodyOf<DemographicInquiryBody>(context);
  const org = numberOf(body.organizationNumber);
  if (!store.organizations.org(org)) refuse('VPL5SGCZ4S', `organization ${org} is not known`);
  const byCustomer = indicator(body.numberType) === '1';
  const found = resolveCustomerNumber(store, body.customerAccountCardNumber, { asCustomer: byCustomer });
  if (!found || found.customer.o !== org) refuse(byCustomer ? 'VPL5SGC04S' : 'VPL5SGC01S', `${body.customerAccountCardNumber} not found`);
  const { customer } = found;
  const shown = found.pan
    ? displayPan(found.pan, store.context.config.panDisplay)
    : (found.account?.n ?? store.accounts.groupIds('customer', customer.n)[0] ?? customer.n);
  const entries = [nameAddrEntry(store, customer, 'owner', 1, shown)];
  if (customer.coOwner) entries.push(nameAddrEntry(store, customer, 'coOwner', 2, shown));
  return {
    organizationNumber: customer.o,
    customerNumber: customer.n,
    addStatus: 0,
    status: customer.st ?? 0,
    source: 'O',
    dateLastMaintenance: customer.dm ?? customer.d,
    dateLastAddressChange: customer.da ?? customer.d,
    vipStatus: String(customer.vip ?? 0),
    sicCode: customer.sic ?? 0,
    duplicateCurrency: 0,
    makerCoMakerIndicator: customer.coOwner ? '2' : '1',
    nameAddrData: entries,
  };
});
