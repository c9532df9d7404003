import type { Request } from 'express';
import type { OperationMatch } from '../contracts/contract-registry.js';
import { maskText } from '../mask/mask-text.js';
import type { Diagnostic } from '../validation/diagnostic.js';
import { validateRequest } from '../validation/validate-request.js';
import { validateResponse } from '../validation/validate-response.js';
import { parseBody } from '../../mock/middleware/parse-body.js';

/** Where one exchange left the contract: the request's findings and the response's. */
export type ExchangeDrift = { request: Diagnostic[]; response: Diagnostic[] };

/** The request's parsed body (undefined when it has none or it cannot be read) and its findings. */
export function requestDrift(match: OperationMatch, request: Request, raw: Buffer): { body: unknown; diagnostics: Diagnostic[] } {
  const parsed = parseBody(request, raw, match.compiled.contract);
  if (!parsed.ok) return { body: undefined, diagnostics: [{ path: '/body', code: 'malformed', message: parsed.reason }] };
  const query = Object.fromEntries(new URL(request.originalUrl, 'http://proxy.invalid').searchParams);
  const validation = validateRequest(match.compiled, { headers: request.headers, params: match.params, query, body: parsed.body });
  return { body: parsed.body, diagnostics: validation.diagnostics };
}

/** The response's body as JSON (undefined when it is empty or not JSON) and its findings. */
export function responseDrift(match: OperationMatch, status: number, raw: Buffer): { body: unknown; diagnostics: Diagnostic[] } {
  let body: unknown;
  if (raw.length > 0) {
    try {
      body = JSON.parse(raw.toString('utf8'));
    } catch {
      return { body: undefined, diagnostics: [{ path: '', code: 'malformed', message: 'the answer is not JSON' }] };
    }
  }
  return { body, diagnostics: validateResponse(match.compiled, status, body) };
}

const SHOWN = 3;

function part(name: string, diagnostics: Diagnostic[]): string | undefined {
  if (diagnostics.length === 0) return undefined;
  const first = diagnostics.slice(0, SHOWN).map((d) => `${d.path || '/'} ${d.code}`);
  const more = diagnostics.length > SHOWN ? ` +${diagnostics.length - SHOWN} more` : '';
  return `${name} ${diagnostics.length}: ${first.join(', ')}${more}`;
}

/**
 * The `x-clientela-drift` header: how many findings on each side and the first pointers with their rule, e.g.
 * `request 1: /body/customer/cpf format; response 2: /customer/name required, / additionalProperties`. Undefined
 * when the exchange kept to the contract. ASCII only, masked, at most 512 characters.
 */
export function driftSummary(drift: ExchangeDrift): string | undefined {
  const parts = [part('request', drift.request), part('response', drift.response)].filter((p) => p !== undefined);
  if (parts.length === 0) return undefined;
  return maskText(parts.join('; ')).replace(/[^\u0020-\u007e]/g, '?').slice(0, 512);
}
