import { ProblemError } from '../../src/problems/problem.js';
import { withParameters } from '../../src/scenarios/load-scenario.js';
import type { Scenario } from '../../src/scenarios/scenario.js';
import type { ScenarioCatalogue } from '../../src/scenarios/scenario-catalogue.js';

/**
 * A catalogued scenario with its parameters applied; unknown name, unknown parameter or a bad value is a problem.
 * @example loadNamedScenario(catalogue, 'corporate-program', { employees: 10 })
 */
export function loadNamedScenario(catalogue: ScenarioCatalogue, name: string, params: Record<string, unknown> = {}): Scenario {
  const loaded = catalogue.get(name);
  const result = withParameters(loaded, params, catalogue.parts);
  if (!result.ok) throw new ProblemError('invalid-scenario', result.errors.join('; '), { scenario: name, errors: result.errors });
  return result.scenario;
}
