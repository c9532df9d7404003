import express, { type Express, type NextFunction, type Request, type Response } from 'express';
import type { ContractRegistry } from '../src/contracts/contract-registry.js';
import type { ApiPlugin } from '../src/plugin/api-plugin.js';
import { problem, ProblemError } from '../src/problems/problem.js';
import type { ScenarioCatalogue } from '../src/scenarios/scenario-catalogue.js';
import { parseInstant } from '../src/time/parse-instant.js';
import type { SandboxPool } from '../src/state/sandbox-pool.js';
import { StateUnavailableError } from '../src/state/state-unavailable-error.js';
import { createAdminRouter } from './admin/create-admin-router.js';
import type { RequestJournal } from './admin/request-journal.js';
import { dashboardRouter } from './dashboard/dashboard-router.js';
import { docsRouter } from './docs/docs-router.js';
import { applyPrefer } from './middleware/apply-prefer.js';
import type { FaultInjector } from './middleware/inject-faults.js';
import { cors } from './middleware/cors.js';
import { renderProblem } from './middleware/render-problem.js';
import { mountApis, type MountedApi } from './mounted-api.js';
import { apiEntry } from './pipeline/api-entry.js';
import { apiPipeline } from './pipeline/api-pipeline.js';
import type { Interceptor } from './pipeline/interceptor.js';
import { builtInPlugins } from './plugins.js';
import type { ScenarioProgress } from './scenarios/apply-scenario.js';
import type { StartupScenario } from './scenarios/startup-scenarios.js';
import { serverParts } from './server-parts.js';
import { fallbackRoutes } from './fallback-routes.js';
import type { World } from './world.js';

export type MockServerOptions = {
  /** The APIs to mock. Default: the built-in ones (`mock/plugins.ts`). */
  plugins?: readonly ApiPlugin[];
  /** Each API's configuration over its defaults, by plug-in name, e.g. `{ firstvision: { apiKey: 'k' } }`. */
  config?: Record<string, object | undefined>;
  /** Seed of every random value; the same seed gives the same world. Default 1. */
  seed?: number;
  /** Validate every response against its contract (on in tests). */
  strict?: boolean;
  /** Largest accepted request body (Express size syntax). Default `1mb`. */
  bodyLimit?: string;
  /** The contracts (default: each plug-in's folder). */
  registry?: ContractRegistry;
  /** Persist the default sandbox to this JSON file. */
  dataFile?: string;
  /**
   * Keep every sandbox's state, and the request journal, in Redis at this URL (`redis://host:port[/db]`), shared
   * by every instance pointed at it. Default: in memory (lowdb), one process.
   */
  state?: string;
  /**
   * At most `max` sandboxes (default 100), one idle `idleMs` evicted (default 30 min), and at most `memory` bytes
   * for all of them (default half the heap limit; each counted at the start-up world's measured size).
   */
  sandboxes?: { max?: number; idleMs?: number; memory?: number };
  /** Runs on every new world (default sandbox and each named one), after its start-up scenarios. */
  initWorld?: (world: World) => void | Promise<void>;
  /** Steps that may answer before a handler, after the built-in `Prefer` and fault steps. */
  interceptors?: Interceptor[];
  /** Start the default sandbox's clock at this ISO 8601 instant (with a zone); it runs from there. Default: real time. */
  clock?: string;
  /** Scenarios loaded into every new sandbox (and again on reset), in order. */
  scenarios?: StartupScenario[];
  /** Where scenario files are read. Default `data/scenarios/`. */
  scenariosDir?: string;
  /** Progress of start-up scenario loads (the CLI draws a bar). */
  onScenarioProgress?: (scenario: string) => ScenarioProgress | undefined;
  /** Requests kept in the journal (a ring buffer); 0 turns the journal off. Default 1000. */
  journalSize?: number;
  /** When set, every `/__admin` call needs it, and creating a sandbox through an API call needs it or a sandbox key. */
  adminToken?: string;
  /** Keys that allow an API call to create a new sandbox (also required once an admin token is set). */
  sandboxKeys?: string[];
  /** Mount the `/__admin` API. Default true. */
  admin?: boolean;
  /** Answer CORS preflights and let pages on other origins read the APIs' answers (as Prism does). Default true. */
  cors?: boolean;
  log?: (line: string) => void;
};

/** A built (not listening) mock: the Express app and what tests and the CLI need to reach into. */
export type MockServer = {
  app: Express;
  registry: ContractRegistry;
  sandboxes: SandboxPool<World>;
  seed: number;
  /** Each API as built for this server: plug-in, runtime, configuration, mount. */
  apis: readonly MountedApi[];
  catalogue: ScenarioCatalogue;
  journal: RequestJournal;
  faults: FaultInjector;
  /** The API named `name` (its configuration as merged, its runtime). */
  api: (name: string) => MountedApi;
  /** Lets go of the state backend's connection (Redis); requests that need the state then answer 503. */
  disconnect: () => Promise<void>;
};

/** The default sandbox's starting instant, checked: a bad one stops the server with the reason. */
function startClock(clock: string | undefined): { clock?: Date } {
  if (clock === undefined) return {};
  const instant = parseInstant(clock);
  if (!instant.ok) throw new Error(`clock: ${instant.reason}`);
  return { clock: instant.at };
}

function errorHandler(log: (line: string) => void) {
  return (error: unknown, _request: Request, response: Response, next: NextFunction): void => {
    if (response.headersSent) return next(error);
    if (error instanceof ProblemError) return void renderProblem(response, error.problem);
    if (error instanceof StateUnavailableError) return void renderProblem(response, problem('state-unavailable', error.message));
    log(`unexpected failure: ${(error as Error).stack ?? String(error)}`);
    renderProblem(response, problem('internal', 'unexpected failure; see the mock log'));
  };
}

/**
 * Builds the mock of its APIs as an Express app; it never listens (the CLI and tests do). Mount it in your own
 * Express test server with `app.use('/mocks', createMockServer().app)`.
 * @example const { app } = createMockServer({ seed: 42 }); app.listen(0, '127.0.0.1')
 */
export function createMockServer(options: MockServerOptions = {}): MockServer {
  const log = options.log ?? (() => undefined);
  const seed = options.seed ?? 1;
  const apis = mountApis(options.plugins ?? builtInPlugins, options.config);
  const { clock: _given, ...rest } = options;
  const parts = serverParts(apis, { ...rest, seed, ...startClock(options.clock) });
  const { registry, sandboxes, journal, faults, catalogue } = parts;
  const interceptors = [applyPrefer(registry.ajv), faults.interceptor(), ...(options.interceptors ?? [])];
  const run = apiPipeline({ pool: sandboxes, journal, bodyLimit: options.bodyLimit ?? '1mb', strict: options.strict ?? false, interceptors, log, sandboxKeys: [...(options.sandboxKeys ?? []), ...(options.adminToken ? [options.adminToken] : [])] });
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);
  app.set('case sensitive routing', true);
  if (options.cors ?? true) app.use(cors(apis));
  app.use(apiEntry(apis, registry, journal, run));
  if (options.admin ?? true) {
    const context = { pool: sandboxes, apis, registry, catalogue, states: parts.states, journal, faults, startup: options.scenarios ?? [], startedAt: Date.now(), seed };
    app.use('/__admin', createAdminRouter(context, options.adminToken ? { token: options.adminToken } : {}));
    app.use('/__docs', docsRouter(apis, registry, options.adminToken));
    app.use('/__dashboard', dashboardRouter(options.adminToken));
  }
  app.use(fallbackRoutes(apis, registry, journal));
  app.use(errorHandler(log));
  const api = (name: string): MountedApi => {
    const found = apis.find((candidate) => candidate.plugin.name === name);
    if (!found) throw new Error(`no API named ${name}; mounted: ${apis.map((a) => a.plugin.name).join(', ')}`);
    return found;
  };
  return { app, registry, sandboxes, seed, apis, catalogue, journal, faults, api, disconnect: parts.disconnect };
}

/** The built-in plug-ins, to extend: `createMockServer({ plugins: [...builtInPlugins, myApi] })`. */
export { builtInPlugins } from './plugins.js';
