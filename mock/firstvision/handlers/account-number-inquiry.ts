import type { AccountRow } from '../domain/firstvision-rows.js';
import { mainframeText } from '../fake-demographics.js';
import { pageWindow } from '../page-window.js';
import { bodyOf, domainHandler, numberOf, refuse } from './domain-handler.js';
import { ZERO_NUMBER } from '../number-generator.js';

type AccountNumberInquiryBody = {
  organizationNumber: number | string;
  customerNumber: string;
  functionCode?: string;
  startToken?: { accountOrganizationNumber?: number | string; accountNumber?: string; associationType?: number };
};

/**
 * POST /customer/accountNumber: the customer's credit, debit, prepaid and wallet accounts, 20 per page.
 * nextToken names the page's last account (send it as startToken with N), prevToken its first (send it with P).
 */
export const accountNumberInquiryHandler = domainHandler((context, store) => {
  const body = bodyOf<AccountNumberInquiryBody>(context);
  const org = numberOf(body.organizationNumber);
  const organization = store.organizations.org(org);
  if (!organization) refuse('VPL5SCA11S', `organization ${org} is not known`);
  const customer = store.customers.get(body.customerNumber);
  if (!customer || customer.o !== org) refuse('VPL5SCA07E', `customer ${body.customerNumber} not found`);
  const functionCode = body.functionCode ?? ' ';
  let at = -1;
  if (functionCode.trim() !== '') {
    const tokenAccount = body.startToken?.accountNumber;
    if (!tokenAccount) refuse('VPL5SCA08E', 'N and P need a startToken');
    const start = store.accounts.get(tokenAccount);
    if (!start) refuse('VPL5SCA15S', `account ${tokenAccount} not found`);
    if (start.c !== customer.n) refuse('VPL5SCA08E', `account ${tokenAccount} is not this customer's`);
    at = start.cp;
  }
  const ids = store.accounts.groupIds('customer', customer.n);
  const window = pageWindow(ids.length, 20, functionCode, at);
  const accounts = ids.slice(window.start, window.end).map((id) => store.accounts.get(id) as AccountRow);
  const first = accounts[0];
  const last = accounts.at(-1);
  return {
    nextToken: { accountOrganizationNext: last?.o ?? 0, accountNumberNext: last?.n ?? ZERO_NUMBER, accountTypeNext: 0 },
    prevToken: { accountOrganizationPrev: first?.o ?? 0, accountNumberPrev: first?.n ?? ZERO_NUMBER, accountTypePrev: 0 },
    more: window.more ? 'Y' : 'N',
    numberOfOccurrences: accounts.length,
    acctTable: accounts.map((account) => {
      const accountOrg = store.organizations.org(account.o);
      return {
        organizationNumber: account.o,
        accountNumber: account.n,
        associationType: 0,
        organizationName: mainframeText(accountOrg?.name ?? '', 40),
        logo: account.g,
        logoDescription: mainframeText(store.organizations.logo(account.o, account.g)?.description ?? '', 30),
        accountInternalStatus: account.b1 ?? 'A',
      };
    }),
  };
});
