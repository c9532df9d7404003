import type { FirstVisionStore } from '../firstvision-store.js';
import { ensure } from './firstvision-domain-error.js';
import type { ReservationRow } from './firstvision-rows.js';

export type ReserveNumbersInput = {
  org: number;
  logo: number;
  /** 0 local only, 1 local and foreign (needs a dual-currency org). */
  dual?: number;
  customers?: number;
  accounts?: number;
  relationships?: number;
  cards?: number;
};

export type ReservedNumbers = { customers: string[]; accounts: string[]; relationships: string[]; cards: string[]; foreignOrg: number };

/**
 * Number Generation: reserves fresh customer, account, relationship (19 digits, org + logo + sequence + check
 * digit) and card numbers (the logo's BIN, Luhn), never issued before and never issued again.
 * Codes (numberGeneration catalogue): VPL5SNG17S org, VPL5SNG32S logo, VPL5SNG10S no auto generation in the logo,
 * VPL5SNG15S dual asked of a single-currency org, VPL5SNG21E-26E quantities 0-10.
 */
export function reserveNumbers(store: FirstVisionStore, input: ReserveNumbersInput): ReservedNumbers {
  const org = store.organizations.org(input.org);
  ensure(org, 'VPL5SNG17S', `organization ${input.org} is not known`);
  const logo = store.organizations.logo(input.org, input.logo);
  ensure(logo, 'VPL5SNG32S', `logo ${input.logo} is not known in organization ${input.org}`);
  ensure(logo.autoGeneration, 'VPL5SNG10S', `logo ${input.logo} does not allow auto generation`);
  ensure(input.dual !== 1 || (org.dualCurrency && org.foreignOrganization !== null), 'VPL5SNG15S', `organization ${input.org} does not use dual currency`);
  const quantities: Array<[ReservationRow['k'], number | undefined, string]> = [
    ['customer', input.customers, 'VPL5SNG21E'],
    ['relationship', input.relationships, 'VPL5SNG22E'],
    ['account', input.accounts, 'VPL5SNG23E'],
    ['card', input.cards, 'VPL5SNG26E'],
  ];
  for (const [kind, count, code] of quantities) {
    ensure(count === undefined || (Number.isInteger(count) && count >= 0 && count <= 10), code, `${kind} quantity must be 0-10`);
  }

  const reserve = (kind: ReservationRow['k'], count = 0): string[] =>
    Array.from({ length: count }, () => {
      const n = kind === 'card' ? store.allocatePan(org.number, logo) : store.allocateNumber(org.number, logo.number);
      store.reservations.insert({ n, k: kind, o: org.number, g: logo.number });
      return n;
    });
  return {
    customers: reserve('customer', input.customers),
    accounts: reserve('account', input.accounts),
    relationships: reserve('relationship', input.relationships),
    cards: reserve('card', input.cards),
    foreignOrg: input.dual === 1 ? (org.foreignOrganization ?? 0) : 0,
  };
}
