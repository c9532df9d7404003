import type { FvAccountSpec, FvCustomerSpec, FvRelationshipSpec, FvReservationSpec } from '../../src/scenarios/scenario.js';
import type { Demographics } from '../firstvision/domain/firstvision-rows.js';
import { fakeAddress, fakeOwner } from './fake-people.js';
import { at, forEachCopy, type ScenarioRun } from './scenario-run.js';

function demographics(value: Record<string, unknown>): Demographics {
  const out: Demographics = {};
  for (const [key, inner] of Object.entries(value)) if (typeof inner === 'string' || typeof inner === 'number') out[key] = inner;
  return out;
}

function applyAccount(run: ScenarioRun, spec: FvAccountSpec, pointer: string, owner: { org: number; customerNumber: string; relationshipNumber?: string }): void {
  const fv = run.world.firstvision;
  const account = at(pointer, () =>
    fv.addAccount({
      org: spec.org ?? owner.org,
      logo: spec.logo,
      customerNumber: owner.customerNumber,
      ...(owner.relationshipNumber ? { relationshipNumber: owner.relationshipNumber } : {}),
      ...(spec.accountNumber ? { accountNumber: spec.accountNumber } : {}),
      ...(spec.creditLimit !== undefined ? { creditLimit: spec.creditLimit } : {}),
      ...(spec.blockCode1 !== undefined ? { blockCode1: spec.blockCode1 } : {}),
      ...(spec.blockCode2 !== undefined ? { blockCode2: spec.blockCode2 } : {}),
      ...(spec.cardExpiration !== undefined ? { cardExpiration: spec.cardExpiration } : {}),
    }),
  );
  run.counts.accounts++;
  forEachCopy(spec.cards, `${pointer}/cards`, (card, cardPointer) => {
    const { count: _count, ...fields } = card;
    at(cardPointer, () => fv.addCard({ accountNumber: account.n, customerNumber: owner.customerNumber, ...fields }));
    run.counts.cards++;
  });
}

function applyRelationship(run: ScenarioRun, spec: FvRelationshipSpec, pointer: string, org: number, customerNumber: string): void {
  const fv = run.world.firstvision;
  const existing = spec.relationshipNumber ? fv.relationships.get(spec.relationshipNumber) : undefined;
  const relationship =
    existing && spec.ifExists === 'reuse'
      ? existing
      : at(pointer, () =>
          fv.addRelationship({
            org,
            customerNumber,
            ...(spec.relationshipNumber ? { relationshipNumber: spec.relationshipNumber } : {}),
            creditLimit: spec.creditLimit ?? 1_000_000,
            billingCycle: spec.billingCycle ?? 10,
            billingLevel: spec.billingLevel ?? 1,
            ...(spec.name !== undefined ? { name: spec.name } : {}),
            ...(spec.blockCode !== undefined ? { blockCode: spec.blockCode } : {}),
          }),
        );
  if (relationship !== existing) run.counts.relationships++;
  forEachCopy(spec.accounts, `${pointer}/accounts`, (account, accountPointer) =>
    applyAccount(run, account, accountPointer, { org, customerNumber, relationshipNumber: relationship.n }),
  );
}

function priorAddresses(run: ScenarioRun, spec: FvCustomerSpec): Demographics[] {
  if (typeof spec.priorAddresses === 'number') {
    return Array.from({ length: spec.priorAddresses }, () => fakeAddress(run.faker));
  }
  return (spec.priorAddresses ?? []).map(demographics);
}

/** Creates (or reuses) one FirstVision customer with its moves, relationships, accounts and cards. */
export function applyCustomer(run: ScenarioRun, spec: FvCustomerSpec, pointer: string): void {
  const fv = run.world.firstvision;
  const existing = spec.customerNumber ? fv.customers.get(spec.customerNumber) : undefined;
  // A customer with N prior addresses lived at each of them in turn: it starts at the first (a new customer) and
  // moves N times, the last move to a current address.
  const priors = priorAddresses(run, spec);
  const moves = priors.length > 0 ? [...priors.slice(1), fakeAddress(run.faker)] : [];
  let customerNumber: string;
  if (existing && spec.ifExists === 'reuse') customerNumber = existing.n;
  else {
    const owner = { ...fakeOwner(run.faker), ...demographics(spec.owner ?? {}), ...(priors[0] ?? {}) };
    const coOwner = spec.coOwner === true ? fakeOwner(run.faker) : spec.coOwner ? { ...fakeOwner(run.faker), ...demographics(spec.coOwner) } : undefined;
    const row = at(pointer, () =>
      fv.addCustomer({
        org: spec.org,
        owner,
        ...(spec.customerNumber ? { customerNumber: spec.customerNumber } : {}),
        ...(spec.accountNumber ? { accountNumber: spec.accountNumber } : {}),
        ...(coOwner ? { coOwner } : {}),
        ...(spec.vipStatus !== undefined ? { vipStatus: spec.vipStatus } : {}),
      }),
    );
    customerNumber = row.n;
    run.counts.customers++;
  }
  moves.forEach((changes, i) => {
    at(`${pointer}/priorAddresses/${i}`, () => fv.updateDemographics({ org: spec.org, customerNumber, who: 'owner', changes }));
    run.counts.priorAddresses++;
  });
  forEachCopy(spec.relationships, `${pointer}/relationships`, (relationship, relationshipPointer) =>
    applyRelationship(run, relationship, relationshipPointer, spec.org, customerNumber),
  );
  forEachCopy(spec.accounts, `${pointer}/accounts`, (account, accountPointer) => applyAccount(run, account, accountPointer, { org: spec.org, customerNumber }));
  run.tick();
}

/** Number Generation takes at most this many numbers of each kind per call. */
const BATCH = 10;

/**
 * Reserves numbers by generation, in the order listed, in batches of 10 as Number Generation allows; each
 * labelled reservation is kept in the run's report.
 */
export function applyReservation(run: ScenarioRun, spec: FvReservationSpec, pointer: string): void {
  const { label, org, logo } = spec;
  const left = { customers: spec.customers ?? 0, accounts: spec.accounts ?? 0, relationships: spec.relationships ?? 0, cards: spec.cards ?? 0 };
  const all = { customers: [] as string[], accounts: [] as string[], relationships: [] as string[], cards: [] as string[] };
  const kinds = ['customers', 'accounts', 'relationships', 'cards'] as const;
  while (kinds.some((kind) => left[kind] > 0)) {
    const batch = Object.fromEntries(kinds.map((kind) => [kind, Math.min(BATCH, left[kind])])) as typeof left;
    const reserved = at(pointer, () => run.world.firstvision.reserveNumbers({ org, logo, ...batch }));
    for (const kind of kinds) {
      all[kind].push(...reserved[kind]);
      left[kind] -= batch[kind];
    }
  }
  run.counts.reservations += kinds.reduce((n, kind) => n + all[kind].length, 0);
  run.reserved[label ?? pointer] = all;
}
