import { accounts, cards, customers } from '../domain/firstvision-collections.js';
import type { Account, Card } from '../domain/firstvision-records.js';
import { refuse } from '../domain/ensure.js';
import { today } from '../firstvision-sandbox.js';
import { displayPan } from '../pan-display.js';
import { domainHandler, type FirstVisionContext, headerOf, numberOf } from './domain-handler.js';

const PAGE_SIZE = 5;
/** The most cards the answer can count (`totalCardsCount` has four digits). */
const MAX_CARDS = 9999;

/** The customer's own cards and, with `others`, the other cardholders' cards on the customer's accounts, in the order added. */
async function listedCards({ tx }: FirstVisionContext, customerNumber: string, others: boolean): Promise<Card[]> {
  const own = (await tx.page(cards, 'customer', customerNumber, 0, MAX_CARDS)).rows;
  if (!others) return own;
  const listed = [...own];
  for (const account of (await tx.page(accounts, 'customer', customerNumber, 0, MAX_CARDS)).rows) {
    for (const card of (await tx.page(cards, 'account', account.accountNumber, 0, MAX_CARDS)).rows) {
      if (card.customerNumber !== customerNumber && listed.length < MAX_CARDS) listed.push(card);
    }
  }
  return listed;
}

/** The first day of the month after `isoDate`: the mock's payment date (there are no statements). */
function nextMonthStart(isoDate: string): string {
  const [year, month] = isoDate.split('-').map(Number) as [number, number];
  return month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, '0')}-01`;
}

function cardRow(context: FirstVisionContext, card: Card, account: Account | undefined) {
  const limit = account?.creditLimit ?? 0;
  const active = card.activationRequired !== true;
  return {
    accountNumber: card.accountNumber,
    cardNumber: displayPan(card.pan, context.sandbox.config.panDisplay),
    embosserCustomerNumber: card.customerNumber,
    cardType: account === undefined || account.customerNumber === card.customerNumber ? '1' : '2',
    availableCreditLimitAmount: limit,
    cardStatus: active ? '1' : '0',
    paymentDate: nextMonthStart(today(context.env)),
    cycleDueAmount: 0,
    totalDueAmount: 0,
    memoDebitAmount: 0,
    memoCreditAmount: 0,
    creditLimitAmount: limit,
    usedBalanceAmount: 0,
    accountStatus: 'A',
    isActive: active,
    cardBlockCode: card.blockCode ?? ' ',
    accountBlockCodes: [
      { key: 'blockCode1', value: account?.blockCode1 ?? ' ' },
      { key: 'blockCode2', value: account?.blockCode2 ?? ' ' },
    ],
    userAmounts: [],
    userDates: [],
    userCodes: [],
  };
}

/**
 * GET /customer/v1/cards (Cards Inquiry): the cards of the customer in the `customerNumber` header, five per page;
 * pages 0 and 1 are the first. Codes: VPL5SBQ06S unknown organization, VPL5SBQ21S customer number of zeros,
 * VPL5SBQ28E unknown customer (or of another organization) or no cards, VPL5SBQ25E a page past the last.
 */
export const cardsInquiryHandler = domainHandler(async (context) => {
  const { tx, sandbox, values } = context;
  const org = numberOf(values.headers.organizationnumber);
  if (!sandbox.organizations.org(org)) refuse('VPL5SBQ06S', `organization ${org} is not known`);
  const customerNumber = headerOf(context, 'customernumber') ?? '';
  if (/^0+$/.test(customerNumber)) refuse('VPL5SBQ21S', 'customer number is zero');
  const customer = await tx.get(customers, customerNumber);
  const listed = customer && customer.organization === org ? await listedCards(context, customerNumber, values.query.hasOtherCardHolder === true) : [];
  if (listed.length === 0) refuse('VPL5SBQ28E', `customer ${customerNumber} has no cards in organization ${org}`);
  const pages = Math.ceil(listed.length / PAGE_SIZE);
  const page = Math.max(1, Number(values.query.pageNumber));
  if (page > pages) refuse('VPL5SBQ25E', `page ${page} is past the last page (${pages})`);
  const byAccount = new Map<string, Account | undefined>();
  for (const card of listed) if (!byAccount.has(card.accountNumber)) byAccount.set(card.accountNumber, await tx.get(accounts, card.accountNumber));
  const rows = listed.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE).map((card) => cardRow(context, card, byAccount.get(card.accountNumber)));
  const totalAvailable = [...byAccount.values()].reduce((sum, account) => sum + (account?.creditLimit ?? 0), 0);
  return { hasMoreRecords: page < pages, totalCardsCount: listed.length, totalAvailableCreditLimitAmount: totalAvailable, totalPagesCount: pages, currentPage: page, cards: rows };
});
