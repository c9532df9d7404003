import type { Handler } from '../../../src/plugin/api-plugin.js';
import type { FirstVisionSandbox } from '../firstvision-sandbox.js';
import { schemaWidths } from '../schema-widths.js';
import { demographicRecord, inquiredCustomer, nameAddrEntry } from './demographic-inquiry.js';
import { domainHandler } from './domain-handler.js';

type Entry = Record<string, unknown> & { nameAddressData: Record<string, unknown> };

/** Where the L8V2 entry's schema sits in its contract (the widths both forms share). */
const ENTRY = '/responses/200/body/properties/data/properties/nameAddrData/items';
/** What the 2021 entry carries on itself that the L8V2 entry keeps in `nameAddressData`. */
const LIFTED = ['county', 'firstName', 'middleName', 'lastName', 'suffix', 'smsFlag'];
const LIFTED_FLAGS = ['emailFlag', 'faxPhoneFlag', 'homePhoneFlag', 'mobilePhoneFlag'];

/** A one-character value as the 2021 schema's integer: its digit, else 0. */
const digit = (value: unknown): number => (/^\d$/.test(String(value).trim()) ? Number(String(value).trim()) : 0);

/** An ISO date as the 2021 schema's yyyyddd integer (year, then day of the year). */
export function yearDay(iso: string): number {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  const ordinal = Math.round((Date.UTC(year, month - 1, day) - Date.UTC(year, 0, 1)) / 86_400_000) + 1;
  return year * 1000 + ordinal;
}

/** An L8V2 entry in the 2021 (R8V4) shape: names, county and contact flags lifted, types as the 2021 schema has them. */
function r8v4Entry(entry: Entry): Record<string, unknown> {
  const { countryName: _name, demofield: _demo, userfield: _user, nameAddressData, ...rest } = entry;
  const { state: _state, genderCode, ...address } = nameAddressData;
  const lifted: Record<string, unknown> = {};
  for (const key of LIFTED) lifted[key] = address[key];
  for (const key of LIFTED_FLAGS) lifted[key] = digit(address[key]);
  for (const key of [...LIFTED, ...LIFTED_FLAGS]) delete address[key];
  return {
    ...rest,
    ...lifted,
    maritalStatus: digit(rest.maritalStatus),
    user10: yearDay(String(rest.user10)),
    user11: yearDay(String(rest.user11)),
    nameAddressData: { ...address, genderCode: String(genderCode) },
  };
}

/**
 * POST /customer/demographicData (Inquire demographic data, 2021 R8V4): Demographic Inquiry's lookup and content,
 * answered in the 2021 schema's shape.
 */
export function demographicDataHandler(contractsDir: string): Handler<FirstVisionSandbox> {
  const w = schemaWidths(contractsDir, 'demographic-inquiry.json', ENTRY);
  const cityWidth = schemaWidths(contractsDir, 'defs.json', '/$defs/customerDemographics')('city');
  return domainHandler(async (context) => {
    const { customer, shown } = await inquiredCustomer(context);
    const roles = customer.coOwner ? (['owner', 'coOwner'] as const) : (['owner'] as const);
    const entries = roles.map((role, i) => r8v4Entry(nameAddrEntry(context.env.faker, w, cityWidth, { customer, role, sequence: i + 1, accountCardNumber: shown }) as unknown as Entry));
    return demographicRecord(customer, entries);
  });
}
