import type { ScenarioRun } from '../../../src/plugin/scenario-run.js';
import { forEachCopy } from '../../../src/plugin/scenario-steps.js';
import { addAccount } from '../domain/add-account.js';
import { addCard } from '../domain/add-card.js';
import type { CardLimits } from '../domain/firstvision-records.js';
import type { FirstVisionSandbox } from '../firstvision-sandbox.js';
import type { FvAccountSpec, FvCardSpec } from './firstvision-scenario-spec.js';
import { step } from './scenario-step.js';

/** The account's owner: its customer's organization and number, and the relationship it joins. */
export type AccountOwner = { org: number; customerNumber: string; relationshipNumber?: string };

/** A scenario's limits (`i`, `a`, `r`, `o`) in the card's names. */
function cardLimits(limits: NonNullable<FvCardSpec['limits']>): CardLimits {
  const out: CardLimits = {};
  if (limits.i !== undefined) out.internet = limits.i;
  if (limits.a !== undefined) out.atmCash = limits.a;
  if (limits.r !== undefined) out.retail = limits.r;
  if (limits.o !== undefined) out.overTheCounter = limits.o;
  return out;
}

/** Creates one account of a scenario customer (or relationship) and its cards. */
export async function applyAccount(run: ScenarioRun<FirstVisionSandbox>, spec: FvAccountSpec, pointer: string, owner: AccountOwner): Promise<void> {
  const account = await step(pointer, () =>
    addAccount(run, {
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
  run.count('accounts');
  await forEachCopy(spec.cards, `${pointer}/cards`, async (card, cardPointer) => {
    const { count: _count, limits, ...fields } = card;
    await step(cardPointer, () =>
      addCard(run, { accountNumber: account.accountNumber, customerNumber: owner.customerNumber, ...fields, ...(limits ? { limits: cardLimits(limits) } : {}) }),
    );
    run.count('cards');
  });
}
