import { DomainError } from '../../../src/plugin/domain-error.js';
import { at } from '../../../src/plugin/scenario-steps.js';

/** How a failed step reads in a scenario problem: a refused rule as `CODE: message`, as FirstVision scenarios always said. */
export function describeFailure(error: unknown): string {
  if (error instanceof DomainError) return `${error.code}: ${error.message}`;
  return error instanceof Error ? error.message : String(error);
}

/**
 * Runs one FirstVision scenario step, naming `pointer` when it fails.
 * @example const customer = await step('/firstvision/customers/0', () => addCustomer(scope, input))
 */
export function step<T>(pointer: string, run: () => Promise<T>): Promise<T> {
  return at(pointer, run, describeFailure);
}
