import type { ApiPlugin } from '../src/plugin/api-plugin.js';
import { credere } from './credere/credere-plugin.js';
import { firstVision } from './firstvision/firstvision-plugin.js';

/**
 * The APIs clientela ships, in the order they are mounted, documented and seeded (a scenario's parts are applied
 * in this order). Adding an API: a folder under `mock/`, `contracts/` and `data/`, and one line here.
 */
export const builtInPlugins: readonly ApiPlugin[] = [
  firstVision,
  credere,
];
