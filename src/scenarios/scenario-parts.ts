import type { ApiPlugin } from '../plugin/api-plugin.js';
import type { ScenarioParts } from './scenario-schema.js';

const cache: Array<{ plugins: readonly ApiPlugin[]; parts: ScenarioParts }> = [];

/** Each API's part of the scenario schema, by API name; one object per set of plug-ins, so it is compiled once. */
export function scenarioPartsOf(plugins: readonly ApiPlugin[]): ScenarioParts {
  const same = (list: readonly ApiPlugin[]) => list.length === plugins.length && list.every((plugin, i) => plugin === plugins[i]);
  const cached = cache.find((entry) => same(entry.plugins));
  if (cached) return cached.parts;
  const parts: ScenarioParts = Object.fromEntries(plugins.flatMap((plugin) => (plugin.scenarios ? [[plugin.name, plugin.scenarios.schema]] : [])));
  cache.push({ plugins: [...plugins], parts });
  return parts;
}
