import { ProblemError } from '../../src/problems/problem.js';
import { checkPlan } from '../../src/scenarios/check-plan.js';
import { matchProviderState, type ProviderStateParams } from '../../src/scenarios/provider-states.js';
import type { ScenarioCatalogue } from '../../src/scenarios/scenario-catalogue.js';
import type { World } from '../world.js';
import { applyScenario } from './apply-scenario.js';
import { loadNamedScenario } from './load-named-scenario.js';

export type ProviderStateAction = 'setup' | 'teardown';

/** What `POST /__admin/provider-states` answers. */
export type ProviderStateOutcome = { state: string; params: ProviderStateParams; result: Record<string, unknown> };

function fail(state: string, reason: string): never {
  throw new ProblemError('provider-state-failed', `provider state "${state}": ${reason}`, { state });
}

/**
 * Sets up (or tears down) a Pact provider state in a world. Unknown states are an `unknown-provider-state`
 * problem listing every known one; parameters the state cannot take (`customer abc has -1 cards`, organization 5000,
 * a CPF with wrong check digits) are a `bad-request` listing every reason; a state that cannot hold (an absent
 * entity exists) is `provider-state-failed`.
 * @example applyProviderState(world, catalogue, 'customer 123 has 2 cards')
 */
export function applyProviderState(world: World, catalogue: ScenarioCatalogue, state: string, given: Record<string, unknown> = {}, action: ProviderStateAction = 'setup'): ProviderStateOutcome {
  const match = matchProviderState(state, given, catalogue.names());
  if (!match.ok) throw new ProblemError('unknown-provider-state', match.reason, { known: match.known });
  const { definition, params } = match;
  const make = action === 'setup' ? definition.setup : definition.teardown;
  if (!make) return { state, params, result: {} };
  const plan = make(params);
  const errors = checkPlan(plan);
  if (errors.length) throw new ProblemError('bad-request', `provider state "${state}": ${errors.join('; ')}`, { state, errors });
  const result: Record<string, unknown> = { ...params };
  if (plan.absent?.firstvisionCustomer && world.firstvision.customers.has(plan.absent.firstvisionCustomer)) {
    fail(state, `customer ${plan.absent.firstvisionCustomer} exists in sandbox "${world.name}"; reset the sandbox or use a fresh one`);
  }
  if (plan.absent?.credereCpf && world.credere.findByDocument(plan.absent.credereCpf)) {
    fail(state, `a Credere customer with CPF ${plan.absent.credereCpf} exists in sandbox "${world.name}"; reset the sandbox or use a fresh one`);
  }
  if (plan.scenario) {
    const scenario = loadNamedScenario(catalogue, plan.scenario.name, plan.scenario.params);
    Object.assign(result, applyScenario(world, scenario));
  }
  if (plan.entities) {
    const report = applyScenario(world, { name: `state:${state}`, ...plan.entities });
    const ids = Object.values(report.credereIds);
    if (ids.length === 1) result.id = ids[0];
    if (Object.keys(report.reserved).length) result.reserved = report.reserved;
  }
  return { state, params, result };
}
