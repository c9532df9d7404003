import type { ScenarioRun } from '../../../src/plugin/scenario-run.js';
import { forEachCopy } from '../../../src/plugin/scenario-steps.js';
import type { FirstVisionSandbox } from '../firstvision-sandbox.js';
import { applyCustomer } from './apply-firstvision-customer.js';
import { applyReservation } from './apply-firstvision-reservation.js';
import type { FirstVisionScenarioPart } from './firstvision-scenario-spec.js';

/** Top-level entities of the part (customers, copies counted), for progress. */
export function firstVisionTotal(part: unknown): number {
  return ((part as FirstVisionScenarioPart | undefined)?.customers ?? []).reduce((n, item) => n + (item.count ?? 1), 0);
}

/**
 * Applies a scenario's `firstvision` part (already validated): reservations in the order listed, then customers.
 * @example await applyFirstVision(run, { customers: [{ org: 970 }] }, '/firstvision')
 */
export async function applyFirstVision(run: ScenarioRun<FirstVisionSandbox>, part: unknown, pointer: string): Promise<void> {
  const { reservations = [], customers } = (part ?? {}) as FirstVisionScenarioPart;
  for (const [i, spec] of reservations.entries()) await applyReservation(run, spec, `${pointer}/reservations/${i}`);
  await forEachCopy(customers, `${pointer}/customers`, (spec, customerPointer) => applyCustomer(run, spec, customerPointer));
}
