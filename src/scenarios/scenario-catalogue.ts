import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../package-root.js';
import { ProblemError } from '../problems/problem.js';
import type { LoadedScenario } from './scenario.js';
import { loadScenarioFile } from './load-scenario.js';

/** The scenarios folder shipped with the package. */
export const defaultScenariosDir = join(packageRoot, 'data', 'scenarios');

/**
 * The scenario files of a folder, read on first use and kept (a new sandbox loads its start-up scenarios
 * without reading YAML again).
 * @example new ScenarioCatalogue().get('corporate-program').scenario.description
 */
export class ScenarioCatalogue {
  readonly dir: string;
  #cache = new Map<string, LoadedScenario>();

  constructor(dir: string = defaultScenariosDir) {
    this.dir = dir;
  }

  /** Scenario names, sorted. */
  names(): string[] {
    if (!existsSync(this.dir)) return [];
    return readdirSync(this.dir)
      .filter((file) => /\.ya?ml$/.test(file))
      .map((file) => file.replace(/\.ya?ml$/, ''))
      .sort();
  }

  has(name: string): boolean {
    return this.names().includes(name);
  }

  /** A scenario by name; unknown or invalid is an `invalid-scenario` / `not-found` problem. */
  get(name: string): LoadedScenario {
    const cached = this.#cache.get(name);
    if (cached) return cached;
    if (!/^[a-z0-9][a-z0-9-]*$/.test(name) || !this.has(name)) {
      throw new ProblemError('unknown-scenario', `no scenario named "${name}"`, { known: this.names() });
    }
    const file = [`${name}.yaml`, `${name}.yml`].map((f) => join(this.dir, f)).find((f) => existsSync(f)) as string;
    const result = loadScenarioFile(file);
    if (!result.ok) throw new ProblemError('invalid-scenario', result.errors[0], { errors: result.errors });
    this.#cache.set(name, result.loaded);
    return result.loaded;
  }
}
