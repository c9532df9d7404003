import { substitute } from '../scenarios/substitute-parameters.js';

/** A scenario step failed: where in the scenario (a JSON pointer) and why. */
export class ScenarioStepError extends Error {
  readonly pointer: string;

  constructor(pointer: string, cause: unknown) {
    super(`${pointer}: ${cause instanceof Error ? cause.message : String(cause)}`);
    this.name = 'ScenarioStepError';
    this.pointer = pointer;
  }
}

/**
 * Runs `step` and names the scenario pointer when it throws (nested failures keep the innermost pointer).
 * `describe` words the failure (default: the error's message), e.g. as the API would answer it.
 */
export async function at<T>(pointer: string, step: () => Promise<T> | T, describe?: (error: unknown) => string): Promise<T> {
  try {
    return await step();
  } catch (error) {
    if (error instanceof ScenarioStepError) throw error;
    throw new ScenarioStepError(pointer, describe ? new Error(describe(error)) : error);
  }
}

/**
 * Expands a list whose items may carry `count`: awaits `each(copy, pointer, index)` once per copy, in order, with
 * `{index}` (1-based) filled in when the item uses it.
 */
export async function forEachCopy<T extends { count?: number }>(items: T[] | undefined, pointer: string, each: (item: T, pointer: string, index: number) => Promise<void>): Promise<void> {
  for (const [position, item] of (items ?? []).entries()) {
    const copies = item.count ?? 1;
    const templated = JSON.stringify(item).includes('{index}');
    for (let index = 1; index <= copies; index++) {
      const copy = templated ? (substitute(item, { index }) as T) : item;
      await each(copy, `${pointer}/${position}`, index);
    }
  }
}
