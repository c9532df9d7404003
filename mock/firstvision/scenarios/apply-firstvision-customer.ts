import type { ScenarioRun } from '../../../src/plugin/scenario-run.js';
import { forEachCopy } from '../../../src/plugin/scenario-steps.js';
import { addCustomer } from '../domain/add-customer.js';
import { addRelationship } from '../domain/add-relationship.js';
import { customers, relationships } from '../domain/firstvision-collections.js';
import type { Demographics } from '../domain/firstvision-records.js';
import { updateDemographics } from '../domain/update-demographics.js';
import type { FirstVisionSandbox } from '../firstvision-sandbox.js';
import { applyAccount } from './apply-firstvision-account.js';
import { fakeAddress, fakeOwner } from './fake-people.js';
import type { FvCustomerSpec, FvRelationshipSpec } from './firstvision-scenario-spec.js';
import { step } from './scenario-step.js';

type Run = ScenarioRun<FirstVisionSandbox>;

function demographics(value: Record<string, unknown>): Demographics {
  const out: Demographics = {};
  for (const [key, inner] of Object.entries(value)) if (typeof inner === 'string' || typeof inner === 'number') out[key] = inner;
  return out;
}

async function applyRelationship(run: Run, spec: FvRelationshipSpec, pointer: string, org: number, customerNumber: string): Promise<void> {
  const existing = spec.relationshipNumber ? await run.tx.get(relationships, spec.relationshipNumber) : undefined;
  const relationship = existing && spec.ifExists === 'reuse'
    ? existing
    : await step(pointer, () =>
        addRelationship(run, {
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
  if (relationship !== existing) run.count('relationships');
  await forEachCopy(spec.accounts, `${pointer}/accounts`, (account, accountPointer) =>
    applyAccount(run, account, accountPointer, { org, customerNumber, relationshipNumber: relationship.relationshipNumber }),
  );
}

function priorAddresses(run: Run, spec: FvCustomerSpec): Demographics[] {
  if (typeof spec.priorAddresses === 'number') return Array.from({ length: spec.priorAddresses }, () => fakeAddress(run.faker));
  return (spec.priorAddresses ?? []).map(demographics);
}

/** Adds the scenario customer (faked owner under what the spec gives) and answers its number. */
async function addSpecCustomer(run: Run, spec: FvCustomerSpec, pointer: string, firstAddress: Demographics | undefined): Promise<string> {
  const owner = { ...fakeOwner(run.faker), ...demographics(spec.owner ?? {}), ...(firstAddress ?? {}) };
  const coOwner = spec.coOwner === true ? fakeOwner(run.faker) : spec.coOwner ? { ...fakeOwner(run.faker), ...demographics(spec.coOwner) } : undefined;
  const row = await step(pointer, () =>
    addCustomer(run, {
      org: spec.org,
      owner,
      ...(spec.customerNumber ? { customerNumber: spec.customerNumber } : {}),
      ...(spec.accountNumber ? { accountNumber: spec.accountNumber } : {}),
      ...(coOwner ? { coOwner } : {}),
      ...(spec.vipStatus !== undefined ? { vipStatus: spec.vipStatus } : {}),
    }),
  );
  run.count('customers');
  return row.customerNumber;
}

/** Creates (or reuses) one FirstVision customer with its moves, relationships, accounts and cards. */
export async function applyCustomer(run: Run, spec: FvCustomerSpec, pointer: string): Promise<void> {
  const existing = spec.customerNumber ? await run.tx.get(customers, spec.customerNumber) : undefined;
  // A customer with N prior addresses lived at each of them in turn: it starts at the first (a new customer) and
  // moves N times, the last move to a current address.
  const priors = priorAddresses(run, spec);
  const moves = priors.length > 0 ? [...priors.slice(1), fakeAddress(run.faker)] : [];
  const customerNumber = existing && spec.ifExists === 'reuse' ? existing.customerNumber : await addSpecCustomer(run, spec, pointer, priors[0]);
  for (const [i, changes] of moves.entries()) {
    await step(`${pointer}/priorAddresses/${i}`, () => updateDemographics(run, { org: spec.org, customerNumber, who: 'owner', changes }));
    run.count('priorAddresses');
  }
  await forEachCopy(spec.relationships, `${pointer}/relationships`, (relationship, relationshipPointer) =>
    applyRelationship(run, relationship, relationshipPointer, spec.org, customerNumber),
  );
  await forEachCopy(spec.accounts, `${pointer}/accounts`, (account, accountPointer) => applyAccount(run, account, accountPointer, { org: spec.org, customerNumber }));
  run.tick();
}
