import { isLuhnValid } from '../../../src/numbers/luhn.js';
import type { StateReader } from '../../../src/state/state-store.js';
import { isBlankNumber } from '../number-generator.js';
import { panFromToken } from '../pan-display.js';
import { today, type FirstVisionScope } from '../firstvision-sandbox.js';
import { allocatePan } from './allocate-number.js';
import { ensure } from './ensure.js';
import { accounts, cards, customers } from './firstvision-collections.js';
import type { Account, Card, CardLimits } from './firstvision-records.js';
import { groupSize } from './group-size.js';
import { numberConflict } from './number-conflict.js';

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
async function givenPan(tx: StateReader, cardNumber: string | undefined, org: number): Promise<string | undefined> {
  const given = cardNumber?.trim();
  if (!given) return undefined;
  // The number as sent may itself be another kind's (a customer number is 19 digits too).
  ensure(!/^\d+$/.test(given) || !(await numberConflict(tx, given, 'card', org)), 'VPL5SAP90S', `card number ending ${given.slice(-4)} is already in use`);
  const unpadded = given.replace(/^0+/, '');
  const pan = isPan(unpadded) ? unpadded : panFromToken(given);
  ensure(pan !== undefined && isPan(pan), 'VPL5SAP91S', `card number ending ${given.slice(-4)} is neither a PAN nor a PAN token`);
  ensure(!(await numberConflict(tx, pan, 'card', org)), 'VPL5SAP90S', `card number ending ${pan.slice(-4)} already exists`);
  return pan;
}

/** The default expiry: the account's MMYY, else the end of the month five years from today. */
function defaultExpiry({ env }: FirstVisionScope, account: Account): string {
  if (account.cardExpiration) return lastDayOf(account.cardExpiration);
  const now = env.clock.now();
  return new Date(Date.UTC(now.getUTCFullYear() + 5, now.getUTCMonth() + 1, 0)).toISOString().slice(0, 10);
}

/**
 * Embosser Add: a card (plastic or digital) on an account.
 * Codes (embosserAdd catalogue): VPL5S0006S unknown org, VPL5S0012S unknown account, VPL5SGC04S unknown customer,
 * VPL5SAP90S card number issued (as any kind) or reserved for another kind or org, VPL5SAP91S card number neither a
 * Luhn-valid PAN nor a PAN token.
 */
export async function addCard(scope: FirstVisionScope, input: AddCardInput): Promise<Card> {
  const { tx, sandbox, env } = scope;
  ensure(input.org === undefined || sandbox.organizations.org(input.org), 'VPL5S0006S', `organization ${input.org} is not known`);
  const account = await tx.get(accounts, input.accountNumber);
  ensure(account && (input.org === undefined || account.organization === input.org), 'VPL5S0012S', `account ${input.accountNumber} not on file`);
  const customerNumber = isBlankNumber(input.customerNumber) ? account.customerNumber : (input.customerNumber as string);
  ensure(await tx.has(customers, customerNumber), 'VPL5SGC04S', `customer ${customerNumber} not found`);
  const pan = await givenPan(tx, input.cardNumber, account.organization);
  const logo = sandbox.organizations.logo(account.organization, account.logo);
  ensure(logo, 'VPL5S0012S', `logo ${account.logo} of account ${account.accountNumber} is not known`);

  const row: Card = {
    pan: pan ?? (await allocatePan(tx, account.organization, logo)),
    accountNumber: account.accountNumber,
    customerNumber,
    sequence: input.cardSequence || (await groupSize(tx, cards, 'account', account.accountNumber)) + 1,
    expiry: input.expiry ?? defaultExpiry(scope, account),
    positionInCustomer: await groupSize(tx, cards, 'customer', customerNumber),
  };
  if (input.digital) row.digital = true;
  if (input.activationRequired) row.activationRequired = true;
  if (input.blockCode?.trim()) {
    row.blockCode = input.blockCode;
    row.blockCodeDate = input.blockCodeDate ?? today(env);
  }
  if (input.limits && Object.keys(input.limits).length > 0) row.limits = input.limits;
  return tx.insert(cards, row);
}
