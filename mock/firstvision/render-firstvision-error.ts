import type { CompiledContract } from '../../src/validation/compile-contract.js';
import type { Diagnostic } from '../../src/validation/diagnostic.js';
import type { ApiErrorRenderer, ApiResponse } from '../api-module.js';

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
 * @example throw new ApiError(vplError(compiled, 'VPL5SCA07E'))
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

/** FirstVision's renderer for the errors the shared pipeline finds. */
export const firstVisionErrors: ApiErrorRenderer = {
  validation: (compiled, diagnostics) => firstVisionError(422, validationErrors(compiled, diagnostics)),
  malformed: (status, reason) => firstVisionError(status, [{ code: String(status), description: reason.toUpperCase() }]),
  failure: (status, reason) =>
    firstVisionError(status, [{ code: String(status), description: (status === 503 ? `SERVICE UNAVAILABLE: ${reason}` : `BACKEND ERROR: ${reason}`).toUpperCase() }]),
  catalogued: (compiled, status) => {
    const entry = compiled.contract.errors?.find((e) => (e.status ?? 422) === status);
    return entry ? firstVisionError(status, [{ code: entry.code, description: entry.description }]) : undefined;
  },
};
