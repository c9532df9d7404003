import type { CompiledContract } from './compile-contract.js';
import type { Diagnostic } from './diagnostic.js';
import { toDiagnostics } from './to-diagnostics.js';

/**
 * Validates a response body against the contract's schema for that status. An undeclared status is itself a
 * diagnostic. Never throws.
 * @example validateResponse(registry.get('customersGet'), 200, body) // [] when it conforms
 */
export function validateResponse(compiled: CompiledContract, status: number, body: unknown): Diagnostic[] {
  if (!compiled.responses.has(status)) {
    const declared = [...compiled.responses.keys()].join(', ');
    return [{ path: '', code: 'status', message: `status ${status} is not declared (declared: ${declared})` }];
  }
  const validate = compiled.responses.get(status);
  if (!validate || validate(body)) return [];
  return toDiagnostics('', validate.errors);
}
