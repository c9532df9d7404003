import type { ContractRegistry } from '../contracts/contract-registry.js';
import { validateRequest } from '../validation/validate-request.js';
import { validateResponse } from '../validation/validate-response.js';
import { locateOperation } from './locate-operation.js';
import type { ApiInfo } from '../plugin/api-plugin.js';
import type { PactInteraction } from './normalize-interactions.js';

/** One thing wrong with an interaction: which side, the JSON pointer and the reason. */
export type PactFinding = { side: 'operation' | 'request' | 'response'; path: string; code: string; message: string };

/** The verdict on one interaction. */
export type InteractionCheck = {
  file: string;
  consumer: string;
  provider: string;
  description: string;
  operationId?: string;
  findings: PactFinding[];
};

/**
 * How strictly an expected response is read. `postel` (default): a consumer may expect fewer fields than the
 * contract requires, as Pact itself matches; everything it does expect must fit the contract. `strict`: the
 * expected response must be a complete, valid response.
 */
export type PactCheckMode = 'postel' | 'strict';

function checkResponse(interaction: PactInteraction, compiled: Parameters<typeof validateResponse>[0], mode: PactCheckMode): PactFinding[] {
  const { status, body } = interaction.response;
  if (!compiled.responses.has(status) || body !== undefined || mode === 'strict') {
    const diagnostics = validateResponse(compiled, status, body);
    return diagnostics
      .filter((d) => mode === 'strict' || d.code !== 'required')
      .map((d) => ({ side: 'response', path: d.code === 'status' ? '/status' : `/body${d.path}`, code: d.code, message: d.message }));
  }
  return [];
}

/**
 * The bi-directional check, offline: each interaction's request must validate against its operation's request
 * schemas, and its expected response (matchers resolved to their examples) against the response schema for that
 * status. An interaction that matches no operation is a finding of its own.
 * @example checkPactInteractions(registry, plugins, interactions).filter((c) => c.findings.length > 0)
 */
export function checkPactInteractions(registry: ContractRegistry, apis: readonly ApiInfo[], interactions: PactInteraction[], mode: PactCheckMode = 'postel'): InteractionCheck[] {
  return interactions.map((interaction) => {
    const { file, consumer, provider, description, request } = interaction;
    const base = { file, consumer, provider, description };
    const located = locateOperation(registry, apis, provider, request.method, request.path);
    if (!located.match) {
      const where = located.api ? `of ${located.api}` : '(the path is under no API mount and the provider names no API)';
      return { ...base, findings: [{ side: 'operation', path: '', code: 'operation', message: `no operation ${where} serves ${request.method} ${request.path}` }] };
    }
    const { compiled, params } = located.match;
    const requestCheck = validateRequest(compiled, { headers: request.headers, params, query: request.query, body: request.body });
    const findings: PactFinding[] = requestCheck.diagnostics.map((d) => ({ side: 'request', path: d.path, code: d.code, message: d.message }));
    findings.push(...checkResponse(interaction, compiled, mode));
    return { ...base, operationId: compiled.contract.operationId, findings };
  });
}
