import type { StartupScenario } from '../../mock/scenarios/startup-scenarios.js';
import type { ScenarioCatalogue } from '../scenarios/scenario-catalogue.js';
import { CliError } from './command.js';
import { keyValueOptions } from './parse-options.js';

/** `k=v` pairs; each goes to the start-up scenarios that declare `k` (one no scenario declares is an error). */
export function startupScenarios(names: string[] | undefined, pairs: string[] | undefined, catalogue: ScenarioCatalogue): StartupScenario[] {
  const scenarios = (names ?? []).flatMap((item) => item.split(',')).map((name) => name.trim()).filter(Boolean);
  const params = keyValueOptions(pairs);
  const used = new Set<string>();
  const result = scenarios.map((name) => {
    const declared = catalogue.get(name).raw.parameters ?? {};
    const mine = Object.fromEntries(Object.entries(params).filter(([key]) => Object.hasOwn(declared, key)));
    Object.keys(mine).forEach((key) => used.add(key));
    return { name, params: mine };
  });
  const unused = Object.keys(params).filter((key) => !used.has(key));
  if (unused.length) throw new CliError(`--param ${unused.join(', ')}: no start-up scenario declares it`);
  return result;
}
