import type { Contract } from '../contracts/contract.js';
import type { ProbeRequest } from './probe-requests.js';

/** Ids learnt from earlier answers of a drift run, used by the requests that follow. */
export type FlowIds = { credereCustomer?: string; credereStore?: string };

type Json = Record<string, unknown>;

function idOf(value: unknown): string | undefined {
  const id = (value as Json | undefined)?.id;
  return typeof id === 'number' || typeof id === 'string' ? String(id) : undefined;
}

/** Remembers the ids an answer reveals: a created or found Credere customer, the first listed customer or store. */
export function harvestIds(contract: Contract, body: unknown, ids: FlowIds): void {
  if (contract.api !== 'credere' || body === null || typeof body !== 'object') return;
  const json = body as Json;
  if (contract.operationId === 'customersCreate') ids.credereCustomer = idOf(json.customer) ?? ids.credereCustomer;
  if (Array.isArray(json.customers)) ids.credereCustomer ??= idOf(json.customers[0]);
  if (Array.isArray(json.stores)) ids.credereStore ??= idOf(json.stores[0]);
}

/**
 * The probe with ids the run has learnt in place of the example's (a real API has no customer 42), except for
 * examples that are about a missing record.
 */
export function substituteIds(contract: Contract, probe: ProbeRequest, ids: FlowIds): ProbeRequest {
  if (contract.api !== 'credere' || probe.params.id === undefined || /not-found/.test(probe.source)) return probe;
  const id = contract.path.startsWith('/customers/') ? ids.credereCustomer : contract.path.startsWith('/stores/') ? ids.credereStore : undefined;
  return id === undefined ? probe : { ...probe, params: { ...probe.params, id } };
}
