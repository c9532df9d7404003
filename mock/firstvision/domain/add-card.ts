import type { FirstVisionStore } from '../firstvision-store.js';
import { isLuhnValid } from '../../../src/numbers/luhn.js';
import { isBlankNumber } from '../number-generator.js';
import { panFromToken } from '../pan-display.js';
import { ensure } from './firstvision-domain-error.js';
import type { CardLimits, CardRow } from './firstvision-rows.js';

export type AddCardInput = {
  accountNumber: string;
  /** The organization the caller expects the account in (checked when given). */
  org?: number;
  /** The card's own customer; defaults to the account's customer. */
  customerNumber?: string;
  /** A PAN (digits) or a PAN token of a reserved number; absent: generated with the logo's BIN. */
  cardNumber?: string;
  /** ISO expiry; default: the account's MMYY expiry, else five years from today. */
  expiry?: string;
  digital?: boolean;
  /** True when the card must be activated before first use (physical cards not sent as activated). */
  activationRequired?: boolean;
  blockCode?: string;
  blockCodeDate?: string;
  limits?: CardLimits;
  cardSequence?: number;
};

function lastDayOf(mmyy: string): string {
  const month = Number(mmyy.slice(0, 2));
  const year = 2000 + Number(mmyy.slice(2));
  return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
}

const isPan = (digits: string): boolean => /^[1-9]\d{11,18}$/.test(digits) && isLuhnValid(digits);

/**
 * The PAN a client-supplied card number names, checked: a PAN (zero-padded to 19 digits or not) or a PAN token,
 * Luhn-valid and issued as no other number (a reserved card number of the org is fine). Undefined when none is sent.
 */
function givenPan(store: FirstVisionStore, cardNumber: string | undefined, org: number): string | undefined {
  const given = cardNumber?.trim();
  if (!given) return undefined;
  // The number as sent may itself be another kind's (a customer number is 19 digits too).
  ensure(!/^\d+$/.test(given) || !store.numberConflict(given, 'card', org), 'VPL5SAP90S', `card number ending ${given.slice(-4)} is already in use`);
  const unpadded = given.replace(/^0+/, '');
  const pan = isPan(unpadded) ? unpadded : panFromToken(given);
  ensure(pan !== undefined && isPan(pan), 'VPL5SAP91S', `card number ending ${given.slice(-4)} is neither a PAN nor a PAN token`);
  ensure(!store.numberConflict(pan, 'card', org), 'VPL5SAP90S', `card number ending ${pan.slice(-4)} already exists`);
  return pan;
}

/**
 * Embosser Add: a card (plastic or digital) on an account.
 * Codes (embosserAdd catalogue): VPL5S0006S unknown org, VPL5S0012S unknown account, VPL5SGC04S unknown customer,
 * VPL5SAP90S card number issued (as any kind) or reserved for another kind or org, VPL5SAP91S card number neither a
 * Luhn-valid PAN nor a PAN token.
 */
export function addCard(store: FirstVisionStore, input: AddCardInput): CardRow {
  ensure(input.org === undefined || store.organizations.org(input.org), 'VPL5S0006S', `organization ${input.org} is not known`);
  const account = store.accounts.get(input.accountNumber);
  ensure(account && (input.org === undefined || account.o === input.org), 'VPL5S0012S', `account ${input.accountNumber} not on file`);
  const customerNumber = isBlankNumber(input.customerNumber) ? account.c : (input.customerNumber as string);
  ensure(store.customers.has(customerNumber), 'VPL5SGC04S', `customer ${customerNumber} not found`);
  const pan = givenPan(store, input.cardNumber, account.o);
  const logo = store.organizations.logo(account.o, account.g);
  ensure(logo, 'VPL5S0012S', `logo ${account.g} of account ${account.n} is not known`);

  const today = store.context.clock.now();
  const fiveYears = new Date(Date.UTC(today.getUTCFullYear() + 5, today.getUTCMonth() + 1, 0)).toISOString().slice(0, 10);
  const row: CardRow = {
    n: pan ?? store.allocatePan(account.o, logo),
    a: account.n,
    c: customerNumber,
    s: input.cardSequence || store.cards.groupIds('account', account.n).length + 1,
    x: input.expiry ?? (account.x ? lastDayOf(account.x) : fiveYears),
    cp: store.cards.groupIds('customer', customerNumber).length,
  };
  if (input.digital) row.dg = 1;
  if (input.activationRequired) row.act = 1;
  if (input.blockCode?.trim()) {
    row.b = input.blockCode;
    row.bd = input.blockCodeDate ?? store.today();
  }
  if (input.limits && Object.keys(input.limits).length > 0) row.lim = input.limits;
  return store.cards.insert(row);
}
