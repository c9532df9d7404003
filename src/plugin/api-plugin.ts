import type { AnyCollection } from '../state/state-store.js';
import type { ApiRuntime } from './api-runtime.js';
import type { BrowseSupport } from './browse-support.js';
import type { DocsSupport } from './docs-support.js';
import type { OpenApiSupport } from './openapi-support.js';
import type { RecordingSupport } from './recording-support.js';
import type { CliSupport, ContractTestingSupport, ScenarioSupport } from './plugin-support.js';

export type * from './api-runtime.js';
export type * from './plugin-support.js';
export type * from './openapi-support.js';
export type * from './docs-support.js';
export type * from './recording-support.js';
export type * from './browse-support.js';

/**
 * One mocked API, contributed whole: its folder of contracts, its mount, its state collections, its behaviour,
 * and what the scenarios, the CLI and the contract-testing kit need of it. The kit itself knows no API.
 */
export type ApiPlugin<C = unknown, S = unknown> = {
  /** Folder name under `contracts/` and `data/`, key in scenario files, the `api` of its contracts. */
  name: string;
  /** Its name in documents (the README's operations table). */
  title: string;
  /** The exported OpenAPI document's `info.title`; default: the title followed by `(clientela mock)`. */
  openApiTitle?: string;
  /** Security schemes of the exported OpenAPI document, applied per operation (default: none). */
  openApi?: OpenApiSupport;
  /** Where the mock serves it (`/acme/api/v1`); contract paths are relative to it. */
  mount: string;
  /** The folder of its contracts (one JSON file per operation and a `defs.json`). */
  contractsDir: string;
  /**
   * The folder of its handler modules, each named after its contract file (`widget-add.json` → `widget-add.ts`):
   * the README's error-code table reads which catalogue codes each operation's code raises.
   */
  handlersDir?: string;
  defaultConfig: C;
  collections: readonly AnyCollection[];
  /** Builds the API for one server; throws when the configuration cannot work (a bad data file). */
  create: (config: C) => ApiRuntime<S>;
  scenarios?: ScenarioSupport<S>;
  cli?: CliSupport<C>;
  testing?: ContractTestingSupport<C>;
  /** The default credentials `GET /__docs` pre-fills (default: none). */
  docs?: DocsSupport<C>;
  /** Which fields are personal and how traffic becomes scenario entities, for `clientela proxy --record` (default: no recording). */
  recording?: RecordingSupport;
  /** How the dashboard browses and searches its state (`GET /__admin/browse/{api}`); default: not browsable. */
  browse?: BrowseSupport;
};

/** What documents and matchers need of an API: its name, titles and mount. */
export type ApiInfo = Pick<ApiPlugin, 'name' | 'title' | 'openApiTitle' | 'mount' | 'openApi'>;

/**
 * Declares a plug-in with its types checked, and answers it as the kit sees every plug-in (configuration and
 * sandbox part opaque), so plug-ins of different types share one list.
 * @example export const acme = definePlugin({ name: 'acme', mount: '/acme', … })
 */
export function definePlugin<C, S>(plugin: ApiPlugin<C, S>): ApiPlugin {
  return plugin as unknown as ApiPlugin;
}
