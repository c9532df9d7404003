import { entitySeed, seededRandom } from '../../../src/fake/seeded-random.js';
import { CARDS_PAGE_SIZE, cardCursor } from '../card-cursor.js';
import type { CardRow } from '../domain/firstvision-rows.js';
import type { FirstVisionStore } from '../firstvision-store.js';
import { displayPan, panToken } from '../pan-display.js';
import { pageWindow } from '../page-window.js';
import { domainHandler, headerOf, numberOf, refuse } from './domain-handler.js';

function cardRow(store: FirstVisionStore, card: CardRow) {
  const account = store.accounts.get(card.a);
  const limits = card.lim ?? {};
  const random = seededRandom(entitySeed(store.context.seed, `fv:card:${card.n}`));
  const fake = (max: number) => Math.round(1 + random.next() * max) * 100;
  const internet = limits.i ?? fake(50);
  const atm = limits.a ?? fake(20);
  const retail = limits.r ?? fake(100);
  const otc = limits.o ?? fake(20);
  const daily = (amount: number) => Math.round(amount / 10);
  return {
    accountNumber: card.a,
    userAccountNumber: '',
    cardNumber: displayPan(card.n, store.context.config.panDisplay),
    cardExpireDate: card.x,
    digitalCardIndicator: card.dg ?? 0,
    embosserCurrentFirstUsage: card.act ? '1' : '0',
    internetAmount: internet,
    internetAmountDaily: daily(internet),
    atmCashAmount: atm,
    atmCashAmountDaily: daily(atm),
    retailAmount: retail,
    retailAmountDaily: daily(retail),
    overTheCounterAmount: otc,
    overTheCounterAmountDaily: daily(otc),
    cardBlockCode: card.b ?? ' ',
    cardBlockCodeDate: card.bd ?? account?.d ?? store.today(),
    encryptedCardNumber: panToken(card.n),
  };
}

/**
 * GET /customer/v3/cards/details: the cards of the customer in the `customerNumber` header, 5 per page. N/P take
 * `startOrganization` and `startAccount`: the last (N) or first (P) row's cardNumber or encryptedCardNumber, or an
 * account number.
 */
export const cardsDetailsHandler = domainHandler((context, store) => {
  const { query } = context.values;
  const customerNumber = headerOf(context, 'customernumber') ?? '';
  if (query.organizationNumber !== undefined && !store.organizations.org(numberOf(query.organizationNumber))) {
    refuse('VPL5SCE06E', `organization ${String(query.organizationNumber)} is not known`);
  }
  const customer = store.customers.get(customerNumber);
  const ids = store.cards.groupIds('customer', customerNumber);
  const orgMatches = query.organizationNumber === undefined || numberOf(query.organizationNumber) === customer?.o;
  if (!customer || !orgMatches || ids.length === 0) refuse('VPL5SCE07E', `customer ${customerNumber} has no cards`);
  const functionCode = String(query.functionCode ?? ' ');
  let at = -1;
  if (functionCode.trim() !== '') {
    const startAccount = String(query.startAccount ?? '');
    if (startAccount === '' || query.startOrganization === undefined) refuse('VPL5SCE08E', 'N and P need startOrganization and startAccount');
    const cursor = cardCursor(store, customer.n, startAccount, functionCode.trim() as 'N' | 'P');
    if (cursor === undefined) refuse('VPL5SCE17S', 'startAccount names no card or account of this customer');
    at = cursor;
  }
  const window = pageWindow(ids.length, CARDS_PAGE_SIZE, functionCode, at);
  const rows = ids.slice(window.start, window.end).map((pan) => cardRow(store, store.cards.get(pan) as CardRow));
  return { outputArea: { numberOfReturnedItems: rows.length, hasMore: window.more ? 'Y' : 'N', customerNumber: customer.n, accountTable: rows } };
});
