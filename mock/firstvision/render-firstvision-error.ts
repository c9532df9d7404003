import type { CompiledContract } from '../../src/validation/compile-contract.js';
import type { Diagnostic } from '../../src/validation/diagnostic.js';
import type { ApiErrorRenderer, ApiResponse, FailureStatus, RouteError } from '../../src/plugin/api-plugin.js';

/** One entry of FirstVision's `errors` array. */
export type VplError = { code: string; description: string };

/** clientela's own code for a contract violation no VPL code of the operation describes. */
export const UNMAPPED_VALIDATION_CODE = 'CLTVAL001E';

/** FirstVision's error envelope: `{hasError: true, errors: [...], data: null}`. */
export function firstVisionError(status: number, errors: VplError[]): ApiResponse {
  return { status, body: { hasError: true, errors, data: null } };
}

/**
 * The 422 answer for a catalogued VPL code of the operation (description taken from the contract, the single
 * source of the catalogue).
 * @example vplError(compiled, 'VPL5SCA07E') // { status: 422, body: { hasError: true, errors: [{ code: 'VPL5SCA07E', … }], data: null } }
 */
export function vplError(compiled: CompiledContract, code: string): ApiResponse {
  const entry = compiled.contract.errors?.find((error) => error.code === code);
  if (!entry) throw new Error(`${compiled.contract.operationId}: VPL code ${code} is not in its contract's catalogue`);
  return firstVisionError(entry.status ?? 422, [{ code: entry.code, description: entry.description }]);
}

function pointerOf(diagnostic: Diagnostic): string {
  return diagnostic.path.startsWith('/body') ? diagnostic.path.slice('/body'.length) : diagnostic.path;
}

function fieldOf(pointer: string): string {
  return pointer.split('/').filter(Boolean).join('.') || 'body';
}

/**
 * Maps each contract violation to the VPL code whose `pointer` covers the failing field (longest match), or to
 * clientela's own `CLTVAL001E`; one error per field, in the order found.
 */
export function validationErrors(compiled: CompiledContract, diagnostics: Diagnostic[]): VplError[] {
  const catalogue = (compiled.contract.errors ?? []).filter((entry) => entry.pointer !== undefined);
  const errors: VplError[] = [];
  const seen = new Set<string>();
  for (const diagnostic of diagnostics) {
    const pointer = pointerOf(diagnostic);
    const match = catalogue
      .filter((entry) => pointer === entry.pointer || pointer.startsWith(`${entry.pointer}/`))
      .sort((a, b) => (b.pointer?.length ?? 0) - (a.pointer?.length ?? 0))[0];
    const error = match
      ? { code: match.code, description: match.description }
      : { code: UNMAPPED_VALIDATION_CODE, description: `${fieldOf(pointer)} ${diagnostic.message}`.toUpperCase() };
    const key = `${error.code} ${error.description}`;
    if (seen.has(key)) continue;
    seen.add(key);
    errors.push(error);
  }
  return errors;
}

/** The answer to a refused rule: its VPL code as the operation's catalogue describes it (a code not there is a failure). */
function domainError(compiled: CompiledContract, code: string): ApiResponse {
  const entry = compiled.contract.errors?.find((error) => error.code === code);
  return entry ? firstVisionError(entry.status ?? 422, [{ code: entry.code, description: entry.description }]) : failure(500, 'unexpected failure in the mock');
}

const FAILURE_TITLES = { 429: 'TOO MANY REQUESTS', 500: 'BACKEND ERROR', 502: 'BAD GATEWAY', 503: 'SERVICE UNAVAILABLE', 504: 'GATEWAY TIMEOUT', 507: 'INSUFFICIENT STORAGE' } as const;

function failure(status: FailureStatus, reason: string): ApiResponse {
  return firstVisionError(status, [{ code: String(status), description: `${FAILURE_TITLES[status]}: ${reason}`.toUpperCase() }]);
}

/**
 * An unknown path (code `404`) or method (code `405`), coded by status as the unreadable bodies are; the path and the
 * nearest operation keep their case, since paths are case-sensitive.
 * @example routeError({ status: 404, method: 'GET', path: '/firstvision/nope', nearest: 'PUT /firstvision/customer', allowed: [], reason: '' })
 */
function routeError(error: RouteError): ApiResponse {
  const where = `${error.method} ${error.path}`;
  const description = error.status === 405 ? `METHOD NOT ALLOWED: ${where}; USE ${error.allowed.join(' OR ')}` : `ENDPOINT NOT FOUND: ${where}${error.nearest ? `; NEAREST OPERATION: ${error.nearest}` : ''}`;
  return firstVisionError(error.status, [{ code: String(error.status), description }]);
}

/** FirstVision's renderer for every error: the pipeline's findings and the refusals of its rules. */
export const firstVisionErrors: ApiErrorRenderer = {
  validation: (compiled, diagnostics) => firstVisionError(422, validationErrors(compiled, diagnostics)),
  malformed: (status, reason) => firstVisionError(status, [{ code: String(status), description: reason.toUpperCase() }]),
  failure,
  catalogued: (compiled, status) => {
    const entry = compiled.contract.errors?.find((e) => (e.status ?? 422) === status);
    return entry ? firstVisionError(status, [{ code: entry.code, description: entry.description }]) : undefined;
  },
  domain: (error, compiled) => domainError(compiled, error.code),
  route: routeError,
};
