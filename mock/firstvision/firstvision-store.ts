import type { EntityFaker } from '../../src/fake/entity-faker.js';
import type { Clock } from '../../src/state/clock.js';
import type { Database } from '../../src/state/database.js';
import { Table } from '../../src/state/table.js';
import { addAccount, type AddAccountInput } from './domain/add-account.js';
import { addCard, type AddCardInput } from './domain/add-card.js';
import { addCustomer, type AddCustomerInput } from './domain/add-customer.js';
import { addRelationship, type AddRelationshipInput } from './domain/add-relationship.js';
import type { AccountRow, CardRow, CustomerRow, RelationshipRow, ReservationRow } from './domain/firstvision-rows.js';
import { numberConflict, type NumberConflict, type NumberKind } from './domain/number-conflict.js';
import { reserveNumbers, type ReserveNumbersInput, type ReservedNumbers } from './domain/reserve-numbers.js';
import { updateDemographics, type UpdateDemographicsInput } from './domain/update-demographics.js';
import type { FirstVisionConfig } from './firstvision-config.js';
import { MaskedPanIndex } from './masked-pan-index.js';
import { generatePan, nineteenDigitNumber } from './number-generator.js';
import { loadOrganizations, type Logo, type Organizations } from './organizations.js';
import { panFromToken } from './pan-display.js';

export type FirstVisionStoreContext = { seed: number; faker: EntityFaker; clock: Clock; config: FirstVisionConfig };

/**
 * FirstVision's state in one sandbox: customers, relationships, accounts, cards and reserved numbers, with an
 * index for every lookup. Its commands (used by the handlers and by scenarios) are synchronous and check every
 * rule before changing anything; a refused command throws a `FirstVisionDomainError`.
 * @example world.firstvision.addCustomer({ org: 970, customerNumber: '0000000000000000123', owner: { nameLine1: 'WALMART' } })
 */
export class FirstVisionStore {
  readonly db: Database;
  readonly context: FirstVisionStoreContext;
  readonly organizations: Organizations;
  readonly customers: Table<CustomerRow>;
  readonly relationships: Table<RelationshipRow>;
  readonly accounts: Table<AccountRow>;
  readonly cards: Table<CardRow>;
  readonly reservations: Table<ReservationRow>;
  readonly maskedPans: MaskedPanIndex;

  constructor(db: Database, context: FirstVisionStoreContext) {
    this.db = db;
    this.context = context;
    this.organizations = loadOrganizations(context.config.organizationsFile);
    this.customers = new Table<CustomerRow>(db, 'fv.customers', (row) => row.n);
    this.relationships = new Table<RelationshipRow>(db, 'fv.relationships', (row) => row.n, [{ name: 'customer', kind: 'group', key: (row) => row.c }]);
    this.accounts = new Table<AccountRow>(db, 'fv.accounts', (row) => row.n, [
      { name: 'customer', kind: 'group', key: (row) => row.c },
      { name: 'relationship', kind: 'group', key: (row) => row.r },
    ]);
    this.cards = new Table<CardRow>(db, 'fv.cards', (row) => row.n, [
      { name: 'account', kind: 'group', key: (row) => row.a },
      { name: 'customer', kind: 'group', key: (row) => row.c },
    ]);
    this.reservations = new Table<ReservationRow>(db, 'fv.reservations', (row) => row.n);
    this.maskedPans = new MaskedPanIndex(db, this.cards);
  }

  /** Today in ISO (yyyy-mm-dd), from the world's clock. */
  today(): string {
    return this.context.clock.now().toISOString().slice(0, 10);
  }

  /** True when `number` was ever reserved or issued, of any kind (the reservation index). */
  isTaken(number: string): boolean {
    return this.reservations.has(number) || this.customers.has(number) || this.accounts.has(number)
      || this.relationships.has(number) || this.cards.has(number);
  }

  /** Why `number` cannot be issued as a `kind` number of `org` for customer `owner` (see `numberConflict`). */
  numberConflict(number: string, kind: NumberKind, org: number, owner?: string): NumberConflict | undefined {
    return numberConflict(this, number, kind, org, owner);
  }

  /** The next free 19-digit number of an org and logo (sequence kept in the state). Call only after all checks. */
  allocateNumber(org: number, logo: number): string {
    const key = `fv.seq.${org}.${logo}`;
    let sequence = Number(this.db.data.meta[key] ?? 0);
    let number: string;
    do number = nineteenDigitNumber(org, logo, ++sequence);
    while (this.isTaken(number));
    this.db.data.meta[key] = sequence;
    return number;
  }

  /** The next free PAN of a logo (its BIN and card length). Call only after all checks. */
  allocatePan(org: number, logo: Logo): string {
    const key = `fv.pan.${org}.${logo.number}`;
    let sequence = Number(this.db.data.meta[key] ?? 0);
    let pan: string;
    do pan = generatePan(logo.bin, logo.cardLength, ++sequence);
    while (this.isTaken(pan));
    this.db.data.meta[key] = sequence;
    return pan;
  }

  /** The account a card number or account number names (a PAN, a PAN token or a 19-digit account number). */
  customerOfCardOrAccount(number: string): { customer: string; account: string } | undefined {
    const account = this.accounts.get(number);
    if (account) return { customer: account.c, account: account.n };
    const card = this.cards.get(number) ?? this.cards.get(this.panOf(number) ?? '');
    return card ? { customer: card.c, account: card.a } : undefined;
  }

  /**
   * The PAN behind a card number as a client sends it: the PAN, the PAN zero-padded to 19 digits, or a PAN token.
   * Masked numbers cannot be read back.
   */
  panOf(displayed: string): string | undefined {
    if (this.cards.has(displayed)) return displayed;
    for (let unpadded = displayed; unpadded.length > 12 && unpadded.startsWith('0'); ) {
      unpadded = unpadded.slice(1);
      if (this.cards.has(unpadded)) return unpadded;
    }
    return panFromToken(displayed);
  }

  addCustomer(input: AddCustomerInput): CustomerRow {
    return addCustomer(this, input);
  }

  updateDemographics(input: UpdateDemographicsInput): CustomerRow {
    return updateDemographics(this, input);
  }

  addRelationship(input: AddRelationshipInput): RelationshipRow {
    return addRelationship(this, input);
  }

  addAccount(input: AddAccountInput): AccountRow {
    return addAccount(this, input);
  }

  addCard(input: AddCardInput): CardRow {
    return addCard(this, input);
  }

  reserveNumbers(input: ReserveNumbersInput): ReservedNumbers {
    return reserveNumbers(this, input);
  }
}
