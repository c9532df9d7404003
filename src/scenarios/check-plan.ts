import { parseInstant } from '../time/parse-instant.js';
import { checkScenario } from './load-scenario.js';
import type { ProviderStatePlan } from './provider-state-definition.js';
import type { ScenarioParts } from './scenario-schema.js';

/**
 * Why a provider-state plan cannot be applied, or nothing: the reasons its parameters could not be read and its
 * entities checked against the scenario schema (the same limits as a scenario file). A named scenario is checked
 * when it is loaded.
 * @example checkPlan({ entities: { acme: { widgets: [{ size: -1 }] } } }, parts) // ['/acme/widgets/0/size must be >= 0']
 */
export function checkPlan(plan: ProviderStatePlan<unknown>, parts: ScenarioParts): string[] {
  const errors = [...(plan.errors ?? [])];
  if (plan.entities) errors.push(...checkScenario({ name: 'provider-state', description: 'a provider state', ...plan.entities }, parts));
  if (plan.clock !== undefined) {
    const instant = parseInstant(plan.clock);
    if (!instant.ok) errors.push(instant.reason);
  }
  return errors;
}
