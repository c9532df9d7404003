import { CARDS_PAGE_SIZE, cardCursor } from '../card-cursor.js';
import { accounts, cards, customers, relationships } from '../domain/firstvision-collections.js';
import type { Card } from '../domain/firstvision-records.js';
import { refuse } from '../domain/ensure.js';
import { groupSize } from '../domain/group-size.js';
import { today } from '../firstvision-sandbox.js';
import { displayPan } from '../pan-display.js';
import { pageWindow } from '../page-window.js';
import { bodyOf, domainHandler, type FirstVisionContext, numberOf } from './domain-handler.js';

type DetailsL8v4Body = { customerNumber: string; organizationNumber: number | string; functionCode?: string; startItem?: { startAccount?: string; startOrganization?: string } };

/** The first day of the month after `isoDate`: the mock's payment due date (there are no statements). */
function nextMonthStart(isoDate: string): string {
  const [year, month] = isoDate.split('-').map(Number) as [number, number];
  return month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, '0')}-01`;
}

async function cardRow(context: FirstVisionContext, card: Card, sequence: number) {
  const { tx, sandbox, env } = context;
  const account = await tx.get(accounts, card.accountNumber);
  const relationship = account?.relationshipNumber ? await tx.get(relationships, account.relationshipNumber) : undefined;
  const limit = account?.creditLimit ?? 0;
  const zero = { dollarCurrentBalance: 0, dollarMemoCredits: 0, dollarMemoDebits: 0, dollarMinimumPayment: 0, dollarTotalPayment: 0, exchangeRate: 0, extraCupo: 0, sobreCupo: 0 };
  const pesos = { pesosCashAvailable: limit, pesosCurrentBalance: 0, pesosMemoCredits: 0, pesosMemoDebits: 0, pesosMinimumPayment: 0, pesosOpenToBuy: limit, pesosTotalPayment: 0 };
  return {
    accountBlockCode1: account?.blockCode1 ?? ' ',
    accountBlockCode2: account?.blockCode2 ?? ' ',
    accountDateLastCycle: '',
    accountNumber: card.accountNumber,
    accountShortName: '',
    accountStatus: 'A',
    beginDateTemporaryCreditLimit: '',
    billingCycle: relationship?.billingCycle ?? 1,
    cardBlockCode: (card.blockCode ?? '').trim() === '' ? 'UNBLOCKED' : 'BLOCKED',
    cardExpireDate: card.expiry,
    cardNumber: displayPan(card.pan, sandbox.config.panDisplay),
    cardSequence: card.sequence,
    customerNumber: card.customerNumber,
    ...zero,
    expiryDateTemporaryCreditLimit: '',
    logo: String(account?.logo ?? 0).padStart(3, '0'),
    paymentDueDate: nextMonthStart(today(env)),
    ...pesos,
    previousCreditLimit: limit,
    productDescription: '',
    productType: card.digital ? 'D' : 'P',
    relationshipNumber: account?.relationshipNumber ?? '',
    sequence,
    totalCreditLimit: limit,
  };
}

/**
 * POST /customer/details-l8v4 (2021): the customer's cards, five per page, with their accounts' balances. The codes
 * are Cards Details' (the same service): VPL5SCE06E unknown organization, VPL5SCE07E unknown customer or no cards,
 * VPL5SCE08E N/P without a start item, VPL5SCE17S a start item naming no card or account of the customer.
 */
export const cardsDetailsL8v4Handler = domainHandler(async (context) => {
  const { tx, sandbox } = context;
  const body = bodyOf<DetailsL8v4Body>(context);
  const org = numberOf(body.organizationNumber);
  if (!sandbox.organizations.org(org)) refuse('VPL5SCE06E', `organization ${org} is not known`);
  const customer = await tx.get(customers, body.customerNumber);
  const total = customer && customer.organization === org ? await groupSize(tx, cards, 'customer', customer.customerNumber) : 0;
  if (!customer || total === 0) refuse('VPL5SCE07E', `customer ${body.customerNumber} has no cards in organization ${org}`);
  const functionCode = (body.functionCode ?? ' ').trim();
  let at = -1;
  if (functionCode !== '') {
    const startAccount = body.startItem?.startAccount ?? '';
    if (startAccount === '' || (body.startItem?.startOrganization ?? '') === '') refuse('VPL5SCE08E', 'N and P need startItem.startOrganization and startAccount');
    const cursor = await cardCursor(tx, customer.customerNumber, startAccount, functionCode as 'N' | 'P');
    if (cursor === undefined) refuse('VPL5SCE17S', 'startAccount names no card or account of this customer');
    at = cursor;
  }
  const window = pageWindow(total, CARDS_PAGE_SIZE, functionCode || ' ', at);
  const page = await tx.page(cards, 'customer', customer.customerNumber, window.start, window.end - window.start);
  const rows = [];
  for (const [index, card] of page.rows.entries()) rows.push(await cardRow(context, card, window.start + index + 1));
  return { accountTable: rows, customerNumber: customer.customerNumber, itemsReturned: String(rows.length), more: window.more ? 'Y' : 'N' };
});
