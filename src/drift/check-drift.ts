import type { ContractRegistry } from '../contracts/contract-registry.js';
import { type ApiName, type Contract, isSafe } from '../contracts/contract.js';
import type { FetchLike } from '../clients/send-json.js';
import type { ApiPlugin, ContractTestingSupport, DriftSender } from '../plugin/api-plugin.js';
import type { CompiledContract } from '../validation/compile-contract.js';
import type { Diagnostic } from '../validation/diagnostic.js';
import { validateResponse } from '../validation/validate-response.js';
import { probeRequests } from './probe-requests.js';
import { CouldNotCheck } from './root-fetch.js';

export type DriftOptions = {
  /** The API under check (its plug-in sends the probes). */
  plugin: ApiPlugin;
  baseUrl: string;
  registry: ContractRegistry;
  /** As the plug-in's `testing.check.credentials` made them. */
  credentials: unknown;
  /** Also probe operations that change state (creates, updates), and run the create-then-read flows. */
  allowWrites?: boolean;
  seed?: number;
  fetch?: FetchLike;
};

/** One probe's outcome: the answer's status and every way it departs from the contract. */
export type ProbeResult = { operationId: string; source: string; method: string; path: string; status?: number; diagnostics: Diagnostic[] };
/** One row of the table. */
export type OperationSummary = {
  operationId: string;
  method: string;
  path: string;
  requests: number;
  passed: number;
  drifted: number;
  firstDiagnostic?: string;
  skipped?: string;
};
export type DriftReport = {
  api: ApiName;
  baseUrl: string;
  allowWrites: boolean;
  results: ProbeResult[];
  operations: OperationSummary[];
  drifted: number;
  durationMs: number;
};

/** The plug-in's flow first (creates, so reads find what they made), then lists (ids for the reads), then the rest. */
function rank(contract: Contract, flowOrder: readonly string[]): string {
  const position = flowOrder.indexOf(contract.operationId);
  if (position >= 0) return `0${String(position).padStart(2, '0')}`;
  return `${/List$/.test(contract.operationId) ? 1 : isSafe(contract) ? 2 : 3}${contract.operationId}`;
}

function describe(diagnostic: Diagnostic): string {
  return `${diagnostic.path || '/'} ${diagnostic.message}`;
}

type OperationRun = {
  compiled: CompiledContract;
  summary: OperationSummary;
  registry: ContractRegistry;
  seed: number;
  testing: ContractTestingSupport<unknown>;
  send: DriftSender;
  ids: Record<string, string>;
};

/** Sends every probe of one operation, in order, and tallies them in its summary. */
async function probeOperation({ compiled, summary, registry, seed, testing, send, ids }: OperationRun): Promise<ProbeResult[]> {
  const { contract } = compiled;
  const results: ProbeResult[] = [];
  for (const probe of probeRequests(registry, contract, seed)) {
    const request = testing.substituteIds ? testing.substituteIds(contract, probe, ids) : probe;
    const result: ProbeResult = { operationId: contract.operationId, source: probe.source, method: contract.method, path: contract.path, diagnostics: [] };
    try {
      const answer = await send(contract, request);
      result.status = answer.status;
      result.diagnostics = validateResponse(compiled, answer.status, answer.body);
      if (answer.ok) testing.harvestIds?.(contract, answer.body, ids);
    } catch (error) {
      if (error instanceof CouldNotCheck) throw error;
      result.diagnostics = [{ path: '', code: 'request', message: `the request failed: ${(error as Error).message}` }];
    }
    results.push(result);
    summary.requests += 1;
    if (result.diagnostics.length === 0) summary.passed += 1;
    else {
      summary.drifted += 1;
      summary.firstDiagnostic ??= `${probe.source} → ${result.status ?? 'no answer'}: ${describe(result.diagnostics[0] as Diagnostic)}`;
    }
  }
  return results;
}

/**
 * Sends contract-generated valid requests to a deployment of one API and validates every answer against the
 * contract (status declared, body valid). Read-only operations only, unless `allowWrites`.
 * @example const report = await checkDrift({ plugin, baseUrl, registry, credentials: plugin.testing.check.credentials(values) })
 */
export async function checkDrift(options: DriftOptions): Promise<DriftReport> {
  const started = performance.now();
  const testing = options.plugin.testing as ContractTestingSupport<unknown>;
  const api = options.plugin.name;
  const send = testing.driftSender({ baseUrl: options.baseUrl, fetch: options.fetch ?? fetch }, options.credentials);
  const flowOrder = testing.flowOrder ?? [];
  const compiledList = options.registry
    .all()
    .filter((c) => c.contract.api === api)
    .sort((a, b) => rank(a.contract, flowOrder).localeCompare(rank(b.contract, flowOrder)));
  const ids: Record<string, string> = {};
  const results: ProbeResult[] = [];
  const operations: OperationSummary[] = [];
  for (const compiled of compiledList) {
    const { contract } = compiled;
    const summary: OperationSummary = { operationId: contract.operationId, method: contract.method, path: contract.path, requests: 0, passed: 0, drifted: 0 };
    operations.push(summary);
    if (!options.allowWrites && !isSafe(contract) && !testing.harmlessWrites?.includes(contract.operationId)) {
      summary.skipped = 'writes (use --allow-writes)';
      continue;
    }
    results.push(...(await probeOperation({ compiled, summary, registry: options.registry, seed: options.seed ?? 1, testing, send, ids })));
  }
  const drifted = results.filter((r) => r.diagnostics.length > 0).length;
  return {
    api,
    baseUrl: options.baseUrl,
    allowWrites: options.allowWrites ?? false,
    results,
    operations,
    drifted,
    durationMs: Math.round(performance.now() - started),
  };
}
