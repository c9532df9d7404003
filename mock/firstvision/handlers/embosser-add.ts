import { addCard } from '../domain/add-card.js';
import { accounts } from '../domain/firstvision-collections.js';
import type { CardLimits } from '../domain/firstvision-records.js';
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
export const embosserAddHandler = domainHandler(async (context) => {
  const { tx, sandbox } = context;
  const body = bodyOf<EmbosserAddBody>(context);
  const limits: CardLimits = {};
  if (body.internetPurchaseAmount !== undefined) limits.internet = body.internetPurchaseAmount;
  if (body.atmCashAmount !== undefined) limits.atmCash = body.atmCashAmount;
  if (body.retailPurchaseAmt !== undefined) limits.retail = body.retailPurchaseAmt;
  if (body.overTheCounterCashAmount !== undefined) limits.overTheCounter = body.overTheCounterCashAmount;
  const digital = DIGITAL.has((body.deviceIndicator ?? '').trim().toUpperCase());
  const card = await addCard(context, {
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
  const account = await tx.get(accounts, card.accountNumber);
  return {
    organizationNumber: account?.organization ?? 0,
    organizationAssociatedToForeignAccount: sandbox.organizations.org(account?.organization ?? 0)?.foreignOrganization ?? 0,
    logo: account?.logo ?? 0,
    accountNumber: card.accountNumber,
    cardNumber: displayPan(card.pan, sandbox.config.panDisplay),
    cardSequence: card.sequence,
    currentChipSequenceNumber: 1,
  };
});
