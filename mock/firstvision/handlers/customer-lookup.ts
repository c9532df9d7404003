import { nameKey } from '../../../src/plugin/browse-support.js';
import { refuse } from '../domain/ensure.js';
import { customers } from '../domain/firstvision-collections.js';
import type { Customer } from '../domain/firstvision-records.js';
import { digitsKey, identifierKey, lastNameKey, phoneKey, PREFIX_LENGTH, prefixKey } from '../domain/lookup-keys.js';
import { pageWindow } from '../page-window.js';
import { customerLookupRow } from './customer-lookup-row.js';
import { bodyOf, domainHandler, type FirstVisionContext } from './domain-handler.js';

type Options = { identifierOption?: number; lastNameOption?: number; phoneNumberOption?: number; postalCodeOption?: number };
type Primary = { identifier?: string; lastBusinessName?: string; phoneNumber?: string; postalCode?: string };
type LookupBody = {
  organizationNumber?: number; numberOfRecords: number; serviceFunctionCode?: string; startToken?: string; optionalDataMatch?: number;
  lastNameFuzzySwitch?: number; requestOptionData?: Options; primarySearchData?: Primary; optionalSearchData?: Record<string, string>;
};

/** The most customers one primary key gathers before the optional data narrows them (a group read, never a scan). */
const MAX_MATCHES = 5000;
const OPTIONS: Array<[keyof Options, keyof Primary]> = [['identifierOption', 'identifier'], ['lastNameOption', 'lastBusinessName'], ['phoneNumberOption', 'phoneNumber'], ['postalCodeOption', 'postalCode']];

/** A name search: the last name's key (a prefix when `begins`), and the first name pattern of `LAST,FIRST`. */
type NameSearch = { last: string; begins: boolean; first?: string };
type Search = { index: string[]; key: string } | { name: NameSearch };

/** The one primary search key `requestOptionData` selects, and its value as sent. */
function primaryOf(body: LookupBody): [keyof Primary, string] {
  const chosen = OPTIONS.filter(([option]) => body.requestOptionData?.[option] === 1);
  if (chosen.length !== 1) refuse('VPL5SZL06S', `exactly one of ${OPTIONS.map(([o]) => o).join(', ')} must be 1 (${chosen.length} are)`);
  const field = (chosen[0] as [keyof Options, keyof Primary])[1];
  const value = body.primarySearchData?.[field]?.trim() ?? '';
  if (value === '') refuse('VPL5SZL07S', `primarySearchData.${field} is required by the search option chosen`);
  if (value.startsWith('*')) refuse('VPL5SZL11S', `primarySearchData.${field} starts with *`);
  return [field, value];
}

function nameSearch(value: string, beginsSwitch: boolean): NameSearch {
  const parts = value.split(',').map((part) => part.trim());
  if (parts.length > 2 || parts.some((part) => part === '')) refuse('VPL5SZL12S', 'the name is not LASTNAME or LASTNAME,FIRSTNAME');
  const [last, first] = parts as [string, string | undefined];
  if (last.replace(/\*$/, '').length < PREFIX_LENGTH) refuse('VPL5SZL13S', 'the last name has fewer than 2 characters');
  if (last.slice(0, -1).includes('*')) refuse('VPL5SZL14S', 'the last name has * before its end');
  if (first !== undefined && first.replace(/^\*|\*$/g, '').length < 2) refuse('VPL5SZL15S', 'the first name has fewer than 2 characters');
  if (first !== undefined && first.slice(1, -1).includes('*')) refuse('VPL5SZL16S', 'the first name has * in between');
  return { last: nameKey(last.replace(/\*$/, '')) ?? '', begins: beginsSwitch || last.endsWith('*'), ...(first === undefined ? {} : { first }) };
}

/** The search a valid request asks for, or the VPL5SZL code of the rule it breaks. */
function searchOf(body: LookupBody): Search {
  const [field, value] = primaryOf(body);
  if (field === 'lastBusinessName') return { name: nameSearch(value, body.lastNameFuzzySwitch === 1) };
  if (field === 'identifier') {
    if (value.includes('*')) refuse('VPL5SZL19S', 'identifier has *');
    if (value.length < 6) refuse('VPL5SZL20S', 'identifier has fewer than 6 characters');
    if (value.length > 25) refuse('VPL5SZL21S', 'identifier has more than 25 characters');
    return { index: ['identifier'], key: identifierKey(value) ?? '' };
  }
  if (field === 'phoneNumber') {
    if (value.includes('*')) refuse('VPL5SZL24S', 'phoneNumber has *');
    if (value.length < 6) refuse('VPL5SZL25S', 'phoneNumber has fewer than 6 characters');
    if (value.length > 20) refuse('VPL5SZL26S', 'phoneNumber has more than 20 characters');
    return { index: ['homePhone', 'mobilePhone', 'workPhone'], key: phoneKey(value) ?? '' };
  }
  return { index: ['postalCode'], key: digitsKey(value) ?? '' };
}

/** `value` against a first-name pattern: `*` at the start means "ends with", at the end "begins with". */
function matchesPattern(value: string | undefined, pattern: string): boolean {
  const key = nameKey(value) ?? '';
  const core = nameKey(pattern.replace(/^\*|\*$/g, '')) ?? '';
  const [starts, ends] = [pattern.startsWith('*'), pattern.endsWith('*')];
  if (starts && ends) return key.includes(core);
  if (starts) return key.endsWith(core);
  return ends ? key.startsWith(core) : key === core;
}

/** The customers the primary key finds, read from its indexes only. */
async function candidates({ tx }: FirstVisionContext, search: Search): Promise<Customer[]> {
  const read = async (index: string, key: string) => (key === '' ? [] : (await tx.page(customers, index, key, 0, MAX_MATCHES)).rows);
  if ('index' in search) return (await Promise.all(search.index.map((index) => read(index, search.key)))).flat();
  const { last, begins, first } = search.name;
  const found = begins
    ? (await read('lastNamePrefix', prefixKey(last) ?? '')).filter((row) => lastNameKey(row.owner)?.startsWith(last))
    : [...(await read('lastName', last)), ...(first === undefined ? await read('name', last) : [])];
  return first === undefined ? found : found.filter((row) => matchesPattern(row.owner.firstName === undefined ? undefined : String(row.owner.firstName), first));
}

/** Whether the owner's stored fields match the optional search data: any field given (match 0) or all of them (1). */
function matchesOptional(customer: Customer, optional: Record<string, string> | undefined, all: boolean): boolean {
  const given = Object.entries(optional ?? {}).filter(([, value]) => value.trim() !== '');
  if (given.length === 0) return true;
  const same = ([field, value]: [string, string]) => {
    const stored = customer.owner[field];
    return stored !== undefined && nameKey(String(stored)) === nameKey(value);
  };
  return all ? given.every(same) : given.some(same);
}

/**
 * POST /customer/lookup (Customer Lookup, 2021): the customers whose owner matches the one primary key chosen
 * (identification number, last name, phone or postal code, through the customers' lookup indexes), narrowed by
 * organization and optional data, `numberOfRecords` per page in customer number order; N/P page after or before
 * `startToken` (a row's `key`, its customer number). No match answers no rows.
 */
export const customerLookupHandler = domainHandler(async (context) => {
  const body = bodyOf<LookupBody>(context);
  const code = body.serviceFunctionCode?.trim() ?? '';
  const token = body.startToken?.trim() ?? '';
  if (code !== '' && token === '') refuse('VPL5SZL04S', `serviceFunctionCode ${code} needs a startToken`);
  const search = searchOf(body);
  const org = body.organizationNumber ?? 0;
  const byNumber = new Map<string, Customer>();
  for (const row of await candidates(context, search)) {
    if ((org === 0 || row.organization === org) && matchesOptional(row, body.optionalSearchData, body.optionalDataMatch === 1)) byNumber.set(row.customerNumber, row);
  }
  const matched = [...byNumber.values()].sort((a, b) => a.customerNumber.localeCompare(b.customerNumber));
  const before = matched.filter((row) => row.customerNumber < token).length;
  const at = code === 'N' ? matched.filter((row) => row.customerNumber <= token).length - 1 : before;
  const window = pageWindow(matched.length, body.numberOfRecords, code, at);
  const rows = await Promise.all(matched.slice(window.start, window.end).map((row) => customerLookupRow(context, row)));
  return { moreDataFlag: window.more ? 'Y' : 'N', nextToken: rows.at(-1)?.key ?? '', numberOfReturnedItems: rows.length, serviceReturn: '0', transactionData: rows };
});
