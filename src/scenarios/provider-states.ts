import type { ProviderStateDefinition } from './provider-state-definition.js';
import type { ProviderStateParams } from './provider-state-params.js';

export { pad19, type ProviderStateParams } from './provider-state-params.js';

// Not `pathTemplate` (src/contracts/path-template.ts): a path parameter is one segment (`[^/]+`, greedy) and is
// percent-decoded, while a state parameter may hold any text (`/`, spaces, commas: `banks 033, 341`) taken as
// written, the shortest that fits, so `patternRegex` stays separate.
function patternRegex(pattern: string): { regex: RegExp; names: string[] } {
  const names: string[] = [];
  const source = pattern
    .split(/(\{[A-Za-z]+\})/)
    .map((piece) => {
      const param = /^\{([A-Za-z]+)\}$/.exec(piece);
      if (!param) return piece.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      names.push(param[1] as string);
      return '(.+?)';
    })
    .join('');
  return { regex: new RegExp(`^${source}$`), names };
}

/** A provider state and the API whose plug-in contributed it (undefined for a scenario named as a state). */
export type OwnedState = { api: string | undefined; definition: ProviderStateDefinition };

/** A state name resolved: its definition (or the scenario it names), its API and its parameters. */
export type ProviderStateMatch =
  | { ok: true; api: string | undefined; definition: ProviderStateDefinition; params: ProviderStateParams }
  | { ok: false; reason: string; known: string[] };

type CompiledState = OwnedState & { regex: RegExp; names: string[] };

/**
 * The provider states every consumer may rely on, contributed by the API plug-ins (the README lists them); scenario
 * names are states too.
 * @example new ProviderStates(states).match('customer 123 has 2 cards', {}, ['corporate-program'])
 */
export class ProviderStates {
  readonly #states: CompiledState[];

  constructor(states: readonly OwnedState[]) {
    this.#states = states.map((state) => ({ ...state, ...patternRegex(state.definition.pattern) }));
  }

  /** Every state, in plug-in order. */
  list(): OwnedState[] {
    return this.#states.map(({ api, definition }) => ({ api, definition }));
  }

  match(name: string, given: Record<string, unknown>, scenarioNames: string[]): ProviderStateMatch {
    return matchProviderState(this.#states, name, given, scenarioNames);
  }
}

/**
 * Finds the state a name means. Parameters come from the name (`customer 123 has 2 cards`) or from `given`
 * (Pact's state params, for a name written with its placeholders); `given` wins.
 */
function matchProviderState(states: readonly CompiledState[], name: string, given: Record<string, unknown>, scenarioNames: string[]): ProviderStateMatch {
  const known = [...states.map((state) => state.definition.pattern), ...scenarioNames];
  const supplied = Object.fromEntries(Object.entries(given).map(([key, value]) => [key, String(value)]));
  if (scenarioNames.includes(name)) {
    return {
      ok: true,
      api: undefined,
      definition: { pattern: name, description: `the ${name} scenario`, setup: () => ({ scenario: { name, params: given } }) },
      params: supplied,
    };
  }
  for (const { api, definition, regex, names } of states) {
    const found = regex.exec(name);
    if (!found) continue;
    const params: ProviderStateParams = {};
    names.forEach((param, i) => (params[param] = found[i + 1] as string));
    Object.assign(params, supplied);
    const missing = names.filter((param) => /^\{.*\}$/.test(params[param] ?? ''));
    if (missing.length) return { ok: false, reason: `provider state "${name}" needs the parameter(s) ${missing.join(', ')}`, known };
    return { ok: true, api, definition, params };
  }
  return { ok: false, reason: `unknown provider state "${name}"; known states: ${known.map((k) => `"${k}"`).join(', ')}`, known };
}
