import type { StartupScenario } from '../../mock/scenarios/startup-scenarios.js';
import type { ScenarioCatalogue } from '../scenarios/scenario-catalogue.js';
import { splitParameters } from '../scenarios/split-parameters.js';
import { CliError } from './command.js';
import { keyValueOptions } from './parse-options.js';

/** `k=v` pairs; each goes to the start-up scenarios that declare `k` (one no scenario declares is an error). */
export function startupScenarios(names: string[] | undefined, pairs: string[] | undefined, catalogue: ScenarioCatalogue): StartupScenario[] {
  const scenarios = (names ?? []).flatMap((item) => item.split(',')).map((name) => name.trim()).filter(Boolean);
  const declared = Object.fromEntries(scenarios.map((name) => [name, Object.keys(catalogue.get(name).raw.parameters ?? {})]));
  const { scenarios: split, unused } = splitParameters(scenarios, keyValueOptions(pairs), declared);
  if (unused.length) throw new CliError(`--param ${unused.join(', ')}: no start-up scenario declares it`);
  return split;
}
