import { seededRandom, entitySeed } from '../../../src/fake/seeded-random.js';
import { customers, relationships } from '../domain/firstvision-collections.js';
import { refuse } from '../domain/ensure.js';
import { domainHandler, numberOf } from './domain-handler.js';

/**
 * GET /customer/{customerNumber}/relationship: the customer's (first) relationship, or the relationship whose
 * number is given, with totals computed from its accounts (no transactions exist, so balances are zero and the open
 * to buy is the sum of the credit limits); the exchange rate is a stable fake.
 */
export const relationshipInquiryHandler = domainHandler(async (context) => {
  const { tx, sandbox, env } = context;
  const { params, query } = context.values;
  const org = numberOf(query.organizationNumber);
  if (!sandbox.organizations.org(org)) refuse('VPL5SRC13S', `organization ${org} is not known`);
  const number = String(params.customerNumber);
  const direct = await tx.get(relationships, number);
  const customer = await tx.get(customers, direct?.ownerCustomer ?? number);
  if (!customer || customer.organization !== org) refuse('VPL5SGC04S', `customer ${number} not found`);
  const first = async () => (await tx.page(relationships, 'customer', customer.customerNumber, 0, 1)).rows[0];
  const relationship = direct ?? (await first());
  if (!relationship) refuse('VPL5S0026S', `customer ${number} has no relationship`);
  const random = seededRandom(entitySeed(env.seed, `fv:relationship:${relationship.relationshipNumber}`));
  return {
    currencyNumberOfDecimal: 2,
    organizationNumber: relationship.organization,
    relationshipCustomerNumber: relationship.relationshipNumber,
    creditLimit: relationship.creditLimit,
    totalCreditLimit: relationship.creditLimitTotal,
    accountsInPesosOrganization: relationship.accountCount,
    sumOfOpenToBuyForAccounts: relationship.creditLimitTotal,
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
