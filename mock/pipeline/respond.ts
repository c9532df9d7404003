import { isSafe } from '../../src/contracts/contract.js';
import { DomainError } from '../../src/plugin/domain-error.js';
import type { World } from '../world.js';
import type { RequestContext } from './request-context.js';
import type { Outcome, Step } from './step.js';

/**
 * The last step: the operation's handler, in one transaction of the sandbox's state (read-only for a read
 * operation); a domain refusal rolls it back and is rendered by the API. Every answer is computed afresh: a
 * per-sandbox answer cache was measured and removed (README "Performance": it lost under reads of many keys).
 */
export const respond: Step = async (context): Promise<Outcome> => {
  const { api, compiled } = context;
  const world = context.world as World;
  const handler = api.runtime.handlers[compiled.contract.operationId];
  if (!handler) throw new Error(`${api.plugin.name}: no handler for ${compiled.contract.operationId}`);
  const sandbox = world.parts.get(api.plugin.name);
  const values = context.values as NonNullable<RequestContext['values']>;
  try {
    return await world.state.transaction((tx) => handler({ compiled, values, sandbox, tx, env: world.env }), { readOnly: isSafe(compiled.contract) });
  } catch (error) {
    if (error instanceof DomainError) return api.runtime.errors.domain(error, compiled);
    throw error;
  }
};
