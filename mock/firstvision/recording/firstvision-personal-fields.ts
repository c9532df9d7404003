import type { PersonalKind } from '../../../src/plugin/recording-support.js';

const each = (kind: PersonalKind, keys: string[]): Record<string, PersonalKind> => Object.fromEntries(keys.map((key) => [key, kind]));
const numbered = (stem: string, from: number, to: number): string[] => Array.from({ length: to - from + 1 }, (_, i) => `${stem}${from + i}`);

/**
 * FirstVision's personal fields, in every request and answer (demographics, prior mailers, embossing, contacts).
 * Customer, account and relationship numbers are not personal: they stay, so the entities still refer to each other.
 */
export const firstVisionPersonalFields: Record<string, PersonalKind> = {
  ...each('name', [
    ...numbered('nameLine', 1, 3), ...numbered('pmNameLine', 1, 3), 'firstName', 'middleName', 'lastName', 'relativeName', 'employerName',
    'embossedName1', 'embossedName2', 'name1', 'name2', 'shortName', 'accountShortName', 'contactName', 'officerName', 'relationshipName',
  ]),
  ...each('street', [
    ...numbered('houseAddress', 1, 4), ...numbered('addressLine', 1, 4), ...numbered('pmAddressLine', 1, 4), ...numbered('address2Line', 1, 3),
    ...numbered('address3Line', 1, 3), 'employerAddress1', 'employerAddress2', 'houseName', 'pmHouseName',
  ]),
  ...each('postalCode', ['postalCode', 'postalCode2', 'postalCode3', 'pmPostalCode']),
  ...each('phone', [
    'homePhoneNumber', 'homeFaxPhoneNumber', 'mobilePhoneNumber', 'faxPhoneNumber', 'employerPhoneNumber', 'homeTelephone', 'workTelephone',
    'faxNumber', 'mobilePhone', 'pmHomePhone', 'pmWorkPhone', 'pmFaxNumber', 'pmMobilePhoneNumber', 'contactPhone',
  ]),
  ...each('email', ['email', 'pmEmailAddress']),
  ...each('document', ['identificationNumber', 'taxIdNumber', 'driverLicenseNumber', 'cuit', 'corporateIdNumber']),
  ...each('pan', ['cardNumber', 'pan']),
};
