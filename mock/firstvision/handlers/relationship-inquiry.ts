import { seededRandom, entitySeed } from '../../../src/fake/seeded-random.js';
import { domainHandler, numberOf, refuse } from './domain-handler.js';

/**
 * GET /customer/{customerNumber}/relationship: the customer's (first) relationship, or the relationship whose
 * number is given, with totals computed from its accounts (no transactions exist, so balances are zero and the open
 * to buy is the sum of the credit limits); the exchange rate is a stable fake.
 */
export const relationshipInquiryHandler = domainHandler((context, store) => {
  const { params, query } = context.values;
  const org = numberOf(query.organizationNumber);
  if (!store.organizations.org(org)) refuse('VPL5SRC13S', `organization ${org} is not known`);
  const number = String(params.customerNumber);
  const direct = store.relationships.get(number);
  const customer = store.customers.get(direct?.c ?? number);
  if (!customer || customer.o !== org) refuse('VPL5SGC04S', `customer ${number} not found`);
  const relationship = direct ?? store.relationships.get(store.relationships.groupIds('customer', customer.n)[0] ?? '');
  if (!relationship) refuse('VPL5S0026S', `customer ${number} has no relationship`);
  const random = seededRandom(entitySeed(store.context.seed, `fv:relationship:${relationship.n}`));
  return {
    currencyNumberOfDecimal: 2,
    organizationNumber: relationship.o,
    relationshipCustomerNumber: relationship.n,
    creditLimit: relationship.limit,
    totalCreditLimit: relationship.sl,
    accountsInPesosOrganization: relationship.na,
    sumOfOpenToBuyForAccounts: relationship.sl,
    sumOfCurrentBalancesForPesosAccounts: 0,
    sumDebitsForPesosAccounts: 0,
    sumCreditsForPesosAccounts: 0,
    totalAmountForPesosAccounts: 0,
    cashAmountForPesosAccounts: 0,
    sumCashAuthorizationsForPesosAccounts: 0,
    totalAmountOfCashPlansForPesosAccounts: 0,
    sumOfCurrentBalancesForDollarsAccounts: 0,
    totalAmountOfDisputedItemsForDollarAccounts: 0,
    cashAmountForDollarsAccounts: 0,
    totalAmountOfCashPlansForDollarAccounts: 0,
    exchangeRate: Math.round((4.8 + random.next() * 0.8) * 10_000) / 10_000,
  };
});
