import { entitySeed, seededRandom } from '../../../src/fake/seeded-random.js';
import { CARDS_PAGE_SIZE, cardCursor } from '../card-cursor.js';
import { accounts, cards, customers } from '../domain/firstvision-collections.js';
import type { Card } from '../domain/firstvision-records.js';
import { refuse } from '../domain/ensure.js';
import { groupSize } from '../domain/group-size.js';
import { today } from '../firstvision-sandbox.js';
import { displayPan, panToken } from '../pan-display.js';
import { pageWindow } from '../page-window.js';
import { domainHandler, type FirstVisionContext, headerOf, numberOf } from './domain-handler.js';

async function cardRow({ tx, sandbox, env }: FirstVisionContext, card: Card) {
  const account = await tx.get(accounts, card.accountNumber);
  const limits = card.limits ?? {};
  const random = seededRandom(entitySeed(env.seed, `fv:card:${card.pan}`));
  const fake = (max: number) => Math.round(1 + random.next() * max) * 100;
  const internet = limits.internet ?? fake(50);
  const atm = limits.atmCash ?? fake(20);
  const retail = limits.retail ?? fake(100);
  const otc = limits.overTheCounter ?? fake(20);
  const daily = (amount: number) => Math.round(amount / 10);
  return {
    accountNumber: card.accountNumber,
    userAccountNumber: '',
    cardNumber: displayPan(card.pan, sandbox.config.panDisplay),
    cardExpireDate: card.expiry,
    digitalCardIndicator: card.digital ? 1 : 0,
    embosserCurrentFirstUsage: card.activationRequired ? '1' : '0',
    internetAmount: internet,
    internetAmountDaily: daily(internet),
    atmCashAmount: atm,
    atmCashAmountDaily: daily(atm),
    retailAmount: retail,
    retailAmountDaily: daily(retail),
    overTheCounterAmount: otc,
    overTheCounterAmountDaily: daily(otc),
    cardBlockCode: card.blockCode ?? ' ',
    cardBlockCodeDate: card.blockCodeDate ?? account?.addedOn ?? today(env),
    encryptedCardNumber: panToken(card.pan),
  };
}

/** Where the page starts: -1 for the first page, else the position `startAccount` names. */
async function startPosition({ tx, values }: FirstVisionContext, customerNumber: string, functionCode: string): Promise<number> {
  if (functionCode.trim() === '') return -1;
  const { query } = values;
  const startAccount = String(query.startAccount ?? '');
  if (startAccount === '' || query.startOrganization === undefined) refuse('VPL5SCE08E', 'N and P need startOrganization and startAccount');
  const cursor = await cardCursor(tx, customerNumber, startAccount, functionCode.trim() as 'N' | 'P');
  if (cursor === undefined) refuse('VPL5SCE17S', 'startAccount names no card or account of this customer');
  return cursor;
}

/**
 * GET /customer/v3/cards/details: the cards of the customer in the `customerNumber` header, 5 per page. N/P take
 * `startOrganization` and `startAccount`: the last (N) or first (P) row's cardNumber or encryptedCardNumber, or an
 * account number.
 */
export const cardsDetailsHandler = domainHandler(async (context) => {
  const { tx, sandbox } = context;
  const { query } = context.values;
  const customerNumber = headerOf(context, 'customernumber') ?? '';
  if (query.organizationNumber !== undefined && !sandbox.organizations.org(numberOf(query.organizationNumber))) {
    refuse('VPL5SCE06E', `organization ${String(query.organizationNumber)} is not known`);
  }
  const customer = await tx.get(customers, customerNumber);
  const total = await groupSize(tx, cards, 'customer', customerNumber);
  const orgMatches = query.organizationNumber === undefined || numberOf(query.organizationNumber) === customer?.organization;
  if (!customer || !orgMatches || total === 0) refuse('VPL5SCE07E', `customer ${customerNumber} has no cards`);
  const functionCode = String(query.functionCode ?? ' ');
  const at = await startPosition(context, customer.customerNumber, functionCode);
  const window = pageWindow(total, CARDS_PAGE_SIZE, functionCode, at);
  const page = await tx.page(cards, 'customer', customer.customerNumber, window.start, window.end - window.start);
  const rows = [];
  for (const card of page.rows) rows.push(await cardRow(context, card));
  return { outputArea: { numberOfReturnedItems: rows.length, hasMore: window.more ? 'Y' : 'N', customerNumber: customer.customerNumber, accountTable: rows } };
});
