import type { FirstVisionStore } from '../firstvision-store.js';
import { isBlankNumber } from '../number-generator.js';
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

/**
 * Embosser Add: a card (plastic or digital) on an account.
 * Codes (embosserAdd catalogue): VPL5S0006S unknown org, VPL5S0012S unknown account, VPL5SGC04S unknown customer,
 * VPL5SAP90S card number in use, VPL5SAP91S card number unreadable.
 */
export function addCard(store: FirstVisionStore, input: AddCardInput): CardRow {
  ensure(input.org === undefined || store.organizations.org(input.org), 'VPL5S0006S', `organization ${input.org} is not known`);
  const account = store.accounts.get(input.accountNumber);
  ensure(account && (input.org === undefined || account.o === input.org), 'VPL5S0012S', `account ${input.accountNumber} not on file`);
  const customerNumber = isBlankNumber(input.customerNumber) ? account.c : (input.customerNumber as string);
  ensure(store.customers.has(customerNumber), 'VPL5SGC04S', `customer ${customerNumber} not found`);
  const given = input.cardNumber?.trim() ? input.cardNumber.trim() : undefined;
  const pan = given === undefined ? undefined : /^\d{12,19}$/.test(given) ? given : store.panOf(given);
  ensure(given === undefined || pan !== undefined, 'VPL5SAP91S', `card number ${given?.slice(-4)} is neither a PAN nor a PAN token`);
  ensure(pan === undefined || !store.cards.has(pan), 'VPL5SAP90S', `card number ending ${pan?.slice(-4)} already exists`);
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
