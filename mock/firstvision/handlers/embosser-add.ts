import type { CardLimits } from '../domain/firstvision-rows.js';
import { displayPan } from '../pan-display.js';
import { bodyOf, domainHandler, numberOf } from './domain-handler.js';

type EmbosserAddBody = {
  organizationNumber: number | string;
  postToAccount: string;
  cardNumber?: string;
  cardSequence?: number;
  customerNumber?: string;
  expirationDate?: string;
  deviceIndicator?: string;
  currentCardActivation?: string;
  blockCode?: string;
  internetPurchaseAmount?: number;
  atmCashAmount?: number;
  retailPurchaseAmt?: number;
  overTheCounterCashAmount?: number;
};

/** deviceIndicator values taken as a digital (wallet/virtual) card. */
const DIGITAL = new Set(['D', 'V', '1']);

/**
 * POST /cards/embosser/l8vf: a card on an account (PAN generated with the logo's BIN unless a PAN or PAN token of a
 * reserved number is sent). deviceIndicator D, V or 1 makes it digital; physical cards need activation unless
 * currentCardActivation is Y.
 */
export const embosserAddHandler = domainHandler((context, store) => {
  const body = bodyOf<EmbosserAddBody>(context);
  const limits: CardLimits = {};
  if (body.internetPurchaseAmount !== undefined) limits.i = body.internetPurchaseAmount;
  if (body.atmCashAmount !== undefined) limits.a = body.atmCashAmount;
  if (body.retailPurchaseAmt !== undefined) limits.r = body.retailPurchaseAmt;
  if (body.overTheCounterCashAmount !== undefined) limits.o = body.overTheCounterCashAmount;
  const digital = DIGITAL.has((body.deviceIndicator ?? '').trim().toUpperCase());
  const card = store.addCard({
    org: numberOf(body.organizationNumber),
    accountNumber: body.postToAccount,
    customerNumber: body.customerNumber,
    cardNumber: body.cardNumber,
    cardSequence: body.cardSequence,
    expiry: body.expirationDate,
    digital,
    activationRequired: !digital && body.currentCardActivation !== 'Y',
    blockCode: body.blockCode,
    limits,
  });
  const account = store.accounts.get(card.a);
  return {
    organizationNumber: account?.o ?? 0,
    organizationAssociatedToForeignAccount: store.organizations.org(account?.o ?? 0)?.foreignOrganization ?? 0,
    logo: account?.g ?? 0,
    accountNumber: card.a,
    cardNumber: displayPan(card.n, store.context.config.panDisplay),
    cardSequence: card.s,
    currentChipSequenceNumber: 1,
  };
});
