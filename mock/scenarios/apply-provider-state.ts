import { ProblemError } from '../../src/problems/problem.js';
import { checkPlan } from '../../src/scenarios/check-plan.js';
import type { ProviderStatePlan } from '../../src/scenarios/provider-state-definition.js';
import type { ProviderStateParams, ProviderStates } from '../../src/scenarios/provider-states.js';
import type { ScenarioCatalogue } from '../../src/scenarios/scenario-catalogue.js';
import type { MountedApi } from '../mounted-api.js';
import type { World } from '../world.js';
import { applyScenario } from './apply-scenario.js';
import { loadNamedScenario } from './load-named-scenario.js';

export type ProviderStateAction = 'setup' | 'teardown';

/** What `POST /__admin/provider-states` answers. */
export type ProviderStateOutcome = { state: string; params: ProviderStateParams; result: Record<string, unknown> };

/** Where provider states are resolved: the server's APIs, scenarios and states. */
export type ProviderStateContext = { apis: readonly MountedApi[]; catalogue: ScenarioCatalogue; states: ProviderStates };

async function checkAbsent(world: World, api: string | undefined, state: string, plan: ProviderStatePlan): Promise<void> {
  const absent = plan.absent;
  if (!absent) return;
  const reason = await world.state.transaction((tx) => absent(tx, api === undefined ? undefined : world.parts.get(api), world.env), { readOnly: true });
  if (reason) throw new ProblemError('provider-state-failed', `provider state "${state}": ${reason}`, { state });
}

async function applyPlan(world: World, context: ProviderStateContext, state: string, plan: ProviderStatePlan): Promise<Record<string, unknown>> {
  const result: Record<string, unknown> = {};
  if (plan.clock !== undefined) {
    world.env.clock.freeze(new Date(plan.clock));
    result.now = world.env.clock.now().toISOString();
  }
  if (plan.scenario) {
    const scenario = loadNamedScenario(context.catalogue, plan.scenario.name, plan.scenario.params);
    Object.assign(result, await applyScenario(world, context.apis, scenario));
  }
  if (plan.entities) {
    const report = await applyScenario(world, context.apis, { name: `state:${state}`, ...plan.entities });
    for (const api of context.apis) Object.assign(result, api.plugin.scenarios?.stateResult?.(report));
  }
  return result;
}

/**
 * Sets up (or tears down) a Pact provider state in a world. Unknown states are an `unknown-provider-state`
 * problem listing every known one; parameters the state cannot take (`customer abc has -1 cards`, a CPF with wrong
 * check digits) are a `bad-request` listing every reason; a state that cannot hold (an absent entity exists) is
 * `provider-state-failed`.
 * @example await applyProviderState(world, context, 'customer 123 has 2 cards')
 */
export async function applyProviderState(world: World, context: ProviderStateContext, state: string, given: Record<string, unknown> = {}, action: ProviderStateAction = 'setup'): Promise<ProviderStateOutcome> {
  const match = context.states.match(state, given, context.catalogue.names());
  if (!match.ok) throw new ProblemError('unknown-provider-state', match.reason, { known: match.known });
  const { definition, params } = match;
  const make = action === 'setup' ? definition.setup : definition.teardown;
  if (!make) return { state, params, result: {} };
  const plan = make(params);
  const errors = checkPlan(plan, context.catalogue.parts);
  if (errors.length) throw new ProblemError('bad-request', `provider state "${state}": ${errors.join('; ')}`, { state, errors });
  await checkAbsent(world, match.api, state, plan);
  return { state, params, result: { ...params, ...(await applyPlan(world, context, state, plan)) } };
}
