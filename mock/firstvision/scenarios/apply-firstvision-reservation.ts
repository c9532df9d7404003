import type { ScenarioRun } from '../../../src/plugin/scenario-run.js';
import { reserveNumbers } from '../domain/reserve-numbers.js';
import type { FirstVisionSandbox } from '../firstvision-sandbox.js';
import type { FvReservationSpec } from './firstvision-scenario-spec.js';
import { step } from './scenario-step.js';

/** Number Generation takes at most this many numbers of each kind per call. */
const BATCH = 10;

const KINDS = ['customers', 'accounts', 'relationships', 'cards'] as const;
type Quantities = Record<(typeof KINDS)[number], number>;

/**
 * Reserves numbers by generation, in the order listed, in batches of 10 as Number Generation allows; each
 * labelled reservation is kept in the run's report (`reserved`).
 */
export async function applyReservation(run: ScenarioRun<FirstVisionSandbox>, spec: FvReservationSpec, pointer: string): Promise<void> {
  const { label, org, logo } = spec;
  const left: Quantities = { customers: spec.customers ?? 0, accounts: spec.accounts ?? 0, relationships: spec.relationships ?? 0, cards: spec.cards ?? 0 };
  const all = { customers: [] as string[], accounts: [] as string[], relationships: [] as string[], cards: [] as string[] };
  while (KINDS.some((kind) => left[kind] > 0)) {
    const batch = Object.fromEntries(KINDS.map((kind) => [kind, Math.min(BATCH, left[kind])])) as Quantities;
    const reserved = await step(pointer, () => reserveNumbers(run, { org, logo, ...batch }));
    for (const kind of KINDS) {
      all[kind].push(...reserved[kind]);
      left[kind] -= batch[kind];
    }
  }
  run.count('reservations', KINDS.reduce((n, kind) => n + all[kind].length, 0));
  (run.results.reserved as Record<string, unknown>)[label ?? pointer] = all;
}
