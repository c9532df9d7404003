/** One scenario to load and the parameters it gets. */
export type ScenarioWithParams = { name: string; params: Record<string, string> };

/**
 * Gives each scenario only the parameters it declares (one several declare goes to each of them), as
 * `serve --scenario a,b --param k=v` and `seed a,b --param k=v` do; `unused` names those no scenario declares.
 * @example splitParameters(['a', 'b'], { x: '1' }, { a: ['x'], b: [] }) // { scenarios: [{ name: 'a', params: { x: '1' } }, { name: 'b', params: {} }], unused: [] }
 */
export function splitParameters(
  names: string[],
  params: Record<string, string>,
  declared: Record<string, string[]>,
): { scenarios: ScenarioWithParams[]; unused: string[] } {
  const used = new Set<string>();
  const scenarios = names.map((name) => {
    const takes = new Set(Object.hasOwn(declared, name) ? declared[name] : []);
    const mine: Record<string, string> = {};
    for (const [key, value] of Object.entries(params)) {
      if (!takes.has(key)) continue;
      Object.defineProperty(mine, key, { value, enumerable: true, writable: true, configurable: true });
      used.add(key);
    }
    return { name, params: mine };
  });
  return { scenarios, unused: Object.keys(params).filter((key) => !used.has(key)) };
}
