import type { Contract } from '../../src/contracts/contract.js';
import type { ProbeRequest } from '../../src/drift/probe-requests.js';

type Json = Record<string, unknown>;

function idOf(value: unknown): string | undefined {
  const id = (value as Json | undefined)?.id;
  return typeof id === 'number' || typeof id === 'string' ? String(id) : undefined;
}

/**
 * Remembers the ids an answer reveals: a created Credere customer, the first listed customer or store.
 * @example harvestCredereIds(contract, { customer: { id: 7 } }, ids) // ids.credereCustomer === '7'
 */
export function harvestCredereIds(contract: Contract, body: unknown, ids: Record<string, string>): void {
  if (body === null || typeof body !== 'object') return;
  const json = body as Json;
  const created = contract.operationId === 'customersCreate' ? idOf(json.customer) : undefined;
  if (created !== undefined) ids.credereCustomer = created;
  if (Array.isArray(json.customers)) {
    const first = idOf(json.customers[0]);
    if (ids.credereCustomer === undefined && first !== undefined) ids.credereCustomer = first;
  }
  if (Array.isArray(json.stores)) {
    const first = idOf(json.stores[0]);
    if (ids.credereStore === undefined && first !== undefined) ids.credereStore = first;
  }
}

/**
 * The probe with ids the run has learnt in place of the example's (a real API has no customer 42), except for
 * examples that are about a missing record.
 * @example substituteCredereIds(getContract, probe, { credereCustomer: '7' }).params.id // '7'
 */
export function substituteCredereIds(contract: Contract, probe: ProbeRequest, ids: Record<string, string>): ProbeRequest {
  if (probe.params.id === undefined || /not-found/.test(probe.source)) return probe;
  const id = contract.path.startsWith('/customers/') ? ids.credereCustomer : contract.path.startsWith('/stores/') ? ids.credereStore : undefined;
  return id === undefined ? probe : { ...probe, params: { ...probe.params, id } };
}
