import { accounts } from '../domain/firstvision-collections.js';
import type { Customer } from '../domain/firstvision-records.js';
import { lastNameOf } from '../domain/lookup-keys.js';
import { personView } from '../person-view.js';
import type { FirstVisionContext } from './domain-handler.js';

/** Customer Lookup's answer row for one customer: the owner as every inquiry shows it, and the customer's first account. */
export async function customerLookupRow(context: FirstVisionContext, customer: Customer) {
  const view = personView(context.env.faker, customer, 'owner');
  const account = (await context.tx.page(accounts, 'customer', customer.customerNumber, 0, 1)).rows[0];
  return {
    accountNumber: account?.accountNumber ?? '',
    accountOrganization: account?.organization ?? 0,
    assocType: 1,
    country: view.text('countryCode', 3),
    customerNumber: customer.customerNumber,
    customerOrganization: customer.organization,
    dateOfBirth: view.date('dateOfBirth', '1900-01-01'),
    dualIndicator: '0',
    firstName: view.text('firstName', 40),
    identifier: view.text('identificationNumber', 25),
    key: customer.customerNumber,
    lastOrBusinessName: (lastNameOf(customer.owner) ?? view.text('lastName', 40)).slice(0, 40),
    middleName: view.text('middleName', 40),
    postalCode: view.text('postalCode', 10),
    sequence: 1,
    source: ' ',
    suffix: view.text('suffix', 10),
    title: view.text('title', 20),
    user14: view.text('user14', 40),
    user15: view.text('user15', 40),
    workPhoneNumber: view.text('employerPhoneNumber', 20),
  };
}
