import type { Account } from '../domain/firstvision-records.js';
import { accounts, customers } from '../domain/firstvision-collections.js';
import { refuse } from '../domain/ensure.js';
import { groupSize } from '../domain/group-size.js';
import { mainframeText } from '../fake-demographics.js';
import { pageWindow } from '../page-window.js';
import { ZERO_NUMBER } from '../number-generator.js';
import { bodyOf, domainHandler, type FirstVisionContext, numberOf } from './domain-handler.js';

type AccountNumberInquiryBody = {
  organizationNumber: number | string;
  customerNumber: string;
  functionCode?: string;
  startToken?: { accountOrganizationNumber?: number | string; accountNumber?: string; associationType?: number };
};

/** Where the page starts: -1 for the first page, else the position of the startToken's account. */
async function startPosition({ tx }: FirstVisionContext, body: AccountNumberInquiryBody, customerNumber: string, functionCode: string): Promise<number> {
  if (functionCode.trim() === '') return -1;
  const tokenAccount = body.startToken?.accountNumber;
  if (!tokenAccount) refuse('VPL5SCA08E', 'N and P need a startToken');
  const start = await tx.get(accounts, tokenAccount);
  if (!start) refuse('VPL5SCA15S', `account ${tokenAccount} not found`);
  if (start.customerNumber !== customerNumber) refuse('VPL5SCA08E', `account ${tokenAccount} is not this customer's`);
  return start.positionInCustomer;
}

function accountRow({ sandbox }: FirstVisionContext, account: Account) {
  const { organizations } = sandbox;
  return {
    organizationNumber: account.organization,
    accountNumber: account.accountNumber,
    associationType: 0,
    organizationName: mainframeText(organizations.org(account.organization)?.name ?? '', 40),
    logo: account.logo,
    logoDescription: mainframeText(organizations.logo(account.organization, account.logo)?.description ?? '', 30),
    accountInternalStatus: account.blockCode1 ?? 'A',
  };
}

/**
 * POST /customer/accountNumber: the customer's credit, debit, prepaid and wallet accounts, 20 per page.
 * nextToken names the page's last account (send it as startToken with N), prevToken its first (send it with P).
 */
export const accountNumberInquiryHandler = domainHandler(async (context) => {
  const { tx, sandbox } = context;
  const body = bodyOf<AccountNumberInquiryBody>(context);
  const org = numberOf(body.organizationNumber);
  if (!sandbox.organizations.org(org)) refuse('VPL5SCA11S', `organization ${org} is not known`);
  const customer = await tx.get(customers, body.customerNumber);
  if (!customer || customer.organization !== org) refuse('VPL5SCA07E', `customer ${body.customerNumber} not found`);
  const functionCode = body.functionCode ?? ' ';
  const at = await startPosition(context, body, customer.customerNumber, functionCode);
  const total = await groupSize(tx, accounts, 'customer', customer.customerNumber);
  const window = pageWindow(total, 20, functionCode, at);
  const page = (await tx.page(accounts, 'customer', customer.customerNumber, window.start, window.end - window.start)).rows;
  const first = page[0];
  const last = page.at(-1);
  return {
    nextToken: { accountOrganizationNext: last?.organization ?? 0, accountNumberNext: last?.accountNumber ?? ZERO_NUMBER, accountTypeNext: 0 },
    prevToken: { accountOrganizationPrev: first?.organization ?? 0, accountNumberPrev: first?.accountNumber ?? ZERO_NUMBER, accountTypePrev: 0 },
    more: window.more ? 'Y' : 'N',
    numberOfOccurrences: page.length,
    acctTable: page.map((account) => accountRow(context, account)),
  };
});
