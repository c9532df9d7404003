import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../package-root.js';
import { ProblemError } from '../problems/problem.js';
import type { LoadedScenario } from './scenario.js';
import { loadScenarioFile } from './load-scenario.js';
import type { ScenarioParts } from './scenario-schema.js';

/** The scenarios folder shipped with the package. */
export const defaultScenariosDir = join(packageRoot, 'data', 'scenarios');

const SCENARIO_FILE = /\.ya?ml$/;

/**
 * The scenario files of a folder, listed and read on first use and kept (the mock asks for the names on every
 * provider-state request, and a new sandbox loads its start-up scenarios without reading YAML again).
 * @example new ScenarioCatalogue(scenarioParts(plugins)).get('corporate-program').scenario.description
 */
export class ScenarioCatalogue {
  readonly dir: string;
  /** Each API's part of the scenario schema, by API name. */
  readonly parts: ScenarioParts;
  #files: Map<string, string> | undefined;
  #cache = new Map<string, LoadedScenario>();

  constructor(parts: ScenarioParts, dir: string = defaultScenariosDir) {
    this.parts = parts;
    this.dir = dir;
  }

  /** Name → file, read from the folder once (`a.yaml` wins over `a.yml`). */
  #listing(): Map<string, string> {
    if (this.#files) return this.#files;
    const files = existsSync(this.dir) ? readdirSync(this.dir).filter((file) => SCENARIO_FILE.test(file)).sort() : [];
    this.#files = new Map();
    for (const file of files) {
      const name = file.replace(SCENARIO_FILE, '');
      if (!this.#files.has(name)) this.#files.set(name, join(this.dir, file));
    }
    return this.#files;
  }

  /** Forgets the listing and the loaded scenarios, so the next use reads the folder again (files added or edited). */
  refresh(): void {
    this.#files = undefined;
    this.#cache.clear();
  }

  /** Scenario names, sorted. */
  names(): string[] {
    return [...this.#listing().keys()].sort();
  }

  has(name: string): boolean {
    return this.#listing().has(name);
  }

  /** The path of a scenario's file (`.yaml` or `.yml`), whether or not it is valid; undefined for an unknown name. */
  file(name: string): string | undefined {
    return this.#listing().get(name);
  }

  /** A scenario by name; unknown or invalid is an `invalid-scenario` / `not-found` problem. */
  get(name: string): LoadedScenario {
    const cached = this.#cache.get(name);
    if (cached) return cached;
    const file = this.file(name);
    if (!/^[a-z0-9][a-z0-9-]*$/.test(name) || file === undefined) {
      throw new ProblemError('unknown-scenario', `no scenario named "${name}"`, { known: this.names() });
    }
    const result = loadScenarioFile(file, this.parts);
    if (!result.ok) throw new ProblemError('invalid-scenario', result.errors[0], { errors: result.errors });
    this.#cache.set(name, result.loaded);
    return result.loaded;
  }
}
