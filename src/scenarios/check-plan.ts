import { isValidCpf } from '../numbers/cpf.js';
import { checkScenario } from './load-scenario.js';
import type { ProviderStatePlan } from './provider-states.js';

/**
 * Why a provider-state plan cannot be applied, or nothing: the reasons its parameters could not be read, its
 * entities checked against the scenario schema (the same limits on organizations, numbers and counts as a
 * scenario file), and the form of the entities it wants absent. A named scenario is checked when it is loaded.
 * @example checkPlan({ entities: { firstvision: { customers: [{ org: 5000 }] } } }) // ['/firstvision/customers/0/org must be <= 998']
 */
export function checkPlan(plan: ProviderStatePlan): string[] {
  const errors = [...(plan.errors ?? [])];
  if (plan.entities) errors.push(...checkScenario({ name: 'provider-state', description: 'a provider state', ...plan.entities }));
  const { firstvisionCustomer, credereCpf } = plan.absent ?? {};
  if (firstvisionCustomer !== undefined && !/^[0-9]{19}$/.test(firstvisionCustomer)) {
    errors.push(`/absent/firstvisionCustomer must be 19 digits, got ${JSON.stringify(firstvisionCustomer)}`);
  }
  if (credereCpf !== undefined && !isValidCpf(credereCpf)) {
    errors.push(`/absent/credereCpf must be a CPF with valid check digits, got ${JSON.stringify(credereCpf)}`);
  }
  return errors;
}
