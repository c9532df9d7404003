import { inquiryDemographics } from './inquiry-demographics.js';
import type { RecordedExchange } from '../../../src/plugin/recording-support.js';
import type { FvAccountSpec, FvCardSpec, FvCustomerSpec, FvRelationshipSpec, FirstVisionScenarioPart } from '../scenarios/firstvision-scenario-spec.js';

type Json = Record<string, unknown>;
const DIGITAL = new Set(['D', 'V', '1']);

const object = (value: unknown): Json => (value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : {});
const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value : typeof value === 'number' ? String(value) : undefined);
const number = (value: unknown): number | undefined => (value === undefined || value === null || value === '' || Number.isNaN(Number(value)) ? undefined : Number(value));

/** Demographics as a scenario takes them: strings and numbers only. */
function demographics(value: unknown): Json | undefined {
  const out = Object.fromEntries(Object.entries(object(value)).filter(([, inner]) => typeof inner === 'string' || typeof inner === 'number'));
  return Object.keys(out).length ? out : undefined;
}

/** The entities being rebuilt, found by their numbers. */
type Book = { customers: Map<string, FvCustomerSpec>; relationships: Map<string, FvRelationshipSpec>; accounts: Map<string, FvAccountSpec> };

function addCustomer(book: Book, request: Json, data: Json): void {
  const customerData = object(request.customerData);
  const key = object(customerData.customerKeyData);
  const people = object(customerData.ownerCoOwnerData);
  const customerNumber = text(data.customerNumber);
  const org = number(key.organizationNumber ?? data.organizationNumber);
  if (!customerNumber || org === undefined) return;
  const owner = demographics(people.ownerData);
  const coOwner = demographics(people.coOwnerData);
  book.customers.set(customerNumber, { org, customerNumber, ...(owner ? { owner } : {}), ...(coOwner ? { coOwner } : {}) });
}

/** A Demographic Inquiry answer: the customer as the provider keeps it (what the client did not send too). */
function inquired(book: Book, data: Json): void {
  const customerNumber = text(data.customerNumber);
  const org = number(data.organizationNumber);
  if (!customerNumber || org === undefined) return;
  const people = Array.isArray(data.nameAddrData) ? data.nameAddrData.map(object) : [];
  const customer = book.customers.get(customerNumber) ?? { org, customerNumber };
  for (const person of people) {
    const fields = inquiryDemographics(person);
    if (person.sequence === 2) customer.coOwner = { ...object(customer.coOwner), ...fields };
    else customer.owner = { ...customer.owner, ...fields };
  }
  book.customers.set(customerNumber, customer);
}

function addRelationship(book: Book, request: Json, data: Json): void {
  const customer = book.customers.get(text(request.customerNumber) ?? '');
  const relationshipNumber = text(data.relationshipNumber);
  if (!customer || !relationshipNumber) return;
  const creditLimit = number(request.creditLimit);
  const billingCycle = number(request.billingCycle);
  const billingLevel = number(request.relationshipBillingLevel);
  const name = text(request.relationshipName);
  const spec: FvRelationshipSpec = {
    relationshipNumber,
    ...(creditLimit === undefined ? {} : { creditLimit }),
    ...(billingCycle === undefined ? {} : { billingCycle }),
    ...(billingLevel === undefined ? {} : { billingLevel }),
    ...(name ? { name: name.slice(0, 40) } : {}),
  };
  (customer.relationships ??= []).push(spec);
  book.relationships.set(relationshipNumber, spec);
}

function addAccount(book: Book, request: Json, data: Json): void {
  const account = object(request.accountData);
  const customer = book.customers.get(text(account.customerNumber) ?? '');
  const accountNumber = text(data.accountNumber);
  const logo = number(account.logo);
  if (!customer || !accountNumber || logo === undefined) return;
  const org = number(account.organization);
  const creditLimit = number(account.creditLimit);
  const spec: FvAccountSpec = { logo, accountNumber, ...(org === undefined ? {} : { org }), ...(creditLimit === undefined ? {} : { creditLimit }) };
  const relationship = book.relationships.get(text(account.relationshipNumber) ?? '');
  if (relationship) (relationship.accounts ??= []).push(spec);
  else (customer.accounts ??= []).push(spec);
  book.accounts.set(accountNumber, spec);
}

function addCard(book: Book, request: Json): void {
  const account = book.accounts.get(text(request.postToAccount) ?? '');
  if (!account) return;
  const cardNumber = text(request.cardNumber)?.trim();
  const digital = DIGITAL.has((text(request.deviceIndicator) ?? '').trim().toUpperCase());
  const card: FvCardSpec = { ...(cardNumber ? { cardNumber } : {}), ...(digital ? { digital } : {}) };
  (account.cards ??= []).push(card);
}

/**
 * The `firstvision` part of a recording: every customer added through the proxy (or shown by a Demographic
 * Inquiry), its demographics as last shown, with the relationships, accounts and cards added to it, under the
 * numbers the provider gave (so they keep referring to each other).
 */
export function firstVisionRecordedScenario(exchanges: readonly RecordedExchange[]): FirstVisionScenarioPart | undefined {
  const book: Book = { customers: new Map(), relationships: new Map(), accounts: new Map() };
  for (const exchange of exchanges) {
    if (exchange.status !== 200) continue;
    const request = object(exchange.requestBody);
    const data = object(object(exchange.responseBody).data);
    if (exchange.operationId === 'customerAdd') addCustomer(book, request, data);
    else if (exchange.operationId === 'relationshipAdd') addRelationship(book, request, data);
    else if (exchange.operationId === 'accountAdd') addAccount(book, request, data);
    else if (exchange.operationId === 'embosserAdd') addCard(book, request);
    else if (exchange.operationId === 'demographicInquiry') inquired(book, data);
  }
  return book.customers.size ? { customers: [...book.customers.values()] } : undefined;
}
