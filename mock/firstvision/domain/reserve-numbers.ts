import type { FirstVisionScope } from '../firstvision-sandbox.js';
import type { Logo, Organization } from '../organizations.js';
import { allocateNumber, allocatePan } from './allocate-number.js';
import { ensure } from './ensure.js';
import { reservations } from './firstvision-collections.js';
import type { NumberKind } from './firstvision-records.js';

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

function checkQuantities(input: ReserveNumbersInput): void {
  const quantities: Array<[NumberKind, number | undefined, string]> = [
    ['customer', input.customers, 'VPL5SNG21E'],
    ['relationship', input.relationships, 'VPL5SNG22E'],
    ['account', input.accounts, 'VPL5SNG23E'],
    ['card', input.cards, 'VPL5SNG26E'],
  ];
  for (const [kind, count, code] of quantities) {
    ensure(count === undefined || (Number.isInteger(count) && count >= 0 && count <= 10), code, `${kind} quantity must be 0-10`);
  }
}

async function reserve({ tx }: FirstVisionScope, org: Organization, logo: Logo, kind: NumberKind, count = 0): Promise<string[]> {
  const numbers: string[] = [];
  for (let i = 0; i < count; i++) {
    const number = kind === 'card' ? await allocatePan(tx, org.number, logo) : await allocateNumber(tx, org.number, logo.number);
    await tx.insert(reservations, { number, kind, organization: org.number, logo: logo.number });
    numbers.push(number);
  }
  return numbers;
}

/**
 * Number Generation: reserves fresh customer, account, relationship (19 digits, org + logo + sequence + check
 * digit) and card numbers (the logo's BIN, Luhn), never issued before and never issued again.
 * Codes (numberGeneration catalogue): VPL5SNG17S org, VPL5SNG32S logo, VPL5SNG10S no auto generation in the logo,
 * VPL5SNG15S dual asked of a single-currency org, VPL5SNG21E-26E quantities 0-10.
 */
export async function reserveNumbers(scope: FirstVisionScope, input: ReserveNumbersInput): Promise<ReservedNumbers> {
  const { organizations } = scope.sandbox;
  const org = organizations.org(input.org);
  ensure(org, 'VPL5SNG17S', `organization ${input.org} is not known`);
  const logo = organizations.logo(input.org, input.logo);
  ensure(logo, 'VPL5SNG32S', `logo ${input.logo} is not known in organization ${input.org}`);
  ensure(logo.autoGeneration, 'VPL5SNG10S', `logo ${input.logo} does not allow auto generation`);
  ensure(input.dual !== 1 || (org.dualCurrency && org.foreignOrganization !== null), 'VPL5SNG15S', `organization ${input.org} does not use dual currency`);
  checkQuantities(input);
  return {
    customers: await reserve(scope, org, logo, 'customer', input.customers),
    accounts: await reserve(scope, org, logo, 'account', input.accounts),
    relationships: await reserve(scope, org, logo, 'relationship', input.relationships),
    cards: await reserve(scope, org, logo, 'card', input.cards),
    foreignOrg: input.dual === 1 ? (org.foreignOrganization ?? 0) : 0,
  };
}
