import { isSafe } from '../../src/contracts/contract.js';
import type { ContractRegistry } from '../../src/contracts/contract-registry.js';
import { DomainError } from '../../src/plugin/domain-error.js';
import type { ApiResponse } from '../../src/plugin/api-plugin.js';
import { ResponseCache } from '../response-cache.js';
import type { World } from '../world.js';
import type { RequestContext } from './request-context.js';
import type { Outcome, Step } from './step.js';

/** Runs the handler in one transaction of the sandbox's state; a domain refusal rolls it back and is rendered by the API. */
async function handle(context: RequestContext, world: World, readOnly: boolean): Promise<{ answer: ApiResponse; version: number }> {
  const { api, compiled } = context;
  const handler = api.runtime.handlers[compiled.contract.operationId];
  if (!handler) throw new Error(`${api.plugin.name}: no handler for ${compiled.contract.operationId}`);
  const sandbox = world.parts.get(api.plugin.name);
  const values = context.values as NonNullable<RequestContext['values']>;
  try {
    return await world.state.transaction(async (tx) => {
      const answer = await handler({ compiled, values, sandbox, tx, env: world.env });
      // Read inside the transaction: the version the answer was computed at.
      return { answer, version: world.state.currentVersion };
    }, { readOnly });
  } catch (error) {
    if (error instanceof DomainError) return { answer: api.runtime.errors.domain(error, compiled), version: -1 };
    throw error;
  }
}

/**
 * The last step: the operation's handler, and for read operations the per-sandbox answer cache (a 200 is kept
 * with its JSON text, valid until the state changes).
 */
export function respond(registry: ContractRegistry): Step {
  const caches = new Map<string, ResponseCache | undefined>();
  const cacheOf = (context: RequestContext): ResponseCache | undefined => {
    const { contract } = context.compiled;
    if (!caches.has(contract.operationId)) caches.set(contract.operationId, isSafe(contract) ? new ResponseCache(registry, contract) : undefined);
    return caches.get(contract.operationId);
  };
  return async (context): Promise<Outcome> => {
    const world = context.world as World;
    const cache = cacheOf(context);
    if (!cache) return (await handle(context, world, false)).answer;
    if (process.env.CLIENTELA_RESPONSE_CACHE === '0') return (await handle(context, world, true)).answer;
    const key = cache.key(context.values as NonNullable<RequestContext['values']>);
    const hit = cache.get(world, world.state.currentVersion, world.env.clock.millis(), key);
    if (hit) return hit.text === undefined ? hit.response : { ...hit.response, text: hit.text };
    const { answer, version } = await handle(context, world, true);
    if (answer.status !== 200 || version < 0) return answer;
    const text = answer.body === undefined ? undefined : JSON.stringify(answer.body);
    cache.set(world, version, world.env.clock.millis(), key, { response: answer, text });
    return text === undefined ? answer : { ...answer, text };
  };
}
