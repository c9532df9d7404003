import express, { type Express, type NextFunction, type Request, type Response } from 'express';
import { apiMounts } from '../src/contracts/api-mounts.js';
import type { ContractRegistry } from '../src/contracts/contract-registry.js';
import { loadContracts } from '../src/contracts/load-contracts.js';
import { problem, ProblemError } from '../src/problems/problem.js';
import { SandboxPool } from '../src/state/sandbox-pool.js';
import type { ApiModule } from './api-module.js';
import { ApiDispatcher } from './api-dispatcher.js';
import { buildApiRouter, type Interceptor } from './build-api-router.js';
import { createCredereModule } from './credere/create-credere-module.js';
import { type CredereConfig, defaultCredereConfig } from './credere/credere-config.js';
import { createFirstVisionModule } from './firstvision/create-firstvision-module.js';
import { defaultFirstVisionConfig, type FirstVisionConfig } from './firstvision/firstvision-config.js';
import type { ApiName } from '../src/contracts/contract.js';
import { ScenarioCatalogue } from '../src/scenarios/scenario-catalogue.js';
import type { AdminContext } from './admin/admin-context.js';
import { createAdminRouter } from './admin/create-admin-router.js';
import { RequestJournal } from './admin/request-journal.js';
import { applyPrefer } from './middleware/apply-prefer.js';
import { FaultInjector } from './middleware/inject-faults.js';
import { recordRequests } from './middleware/record-requests.js';
import { renderProblem } from './middleware/render-problem.js';
import { selectSandbox } from './middleware/select-sandbox.js';
import type { ScenarioProgress } from './scenarios/apply-scenario.js';
import { type StartupScenario, startupLoader } from './scenarios/startup-scenarios.js';
import { unmatchedRoute } from './middleware/unmatched-route.js';
import { createWorld, type World } from './world.js';

export type MockServerOptions = {
  /** Seed of every random value; the same seed gives the same world. Default 1. */
  seed?: number;
  /** Validate every response against its contract (on in tests). */
  strict?: boolean;
  /** Largest accepted request body (Express size syntax). Default `1mb`. */
  bodyLimit?: string;
  registry?: ContractRegistry;
  firstvision?: Partial<FirstVisionConfig>;
  credere?: Partial<CredereConfig>;
  /** Persist the default sandbox to this JSON file. */
  dataFile?: string;
  sandboxes?: { max?: number; idleMs?: number };
  /** Runs on every new world (default sandbox and each named one), e.g. to load start-up scenarios. */
  initWorld?: (world: World) => void;
  /** Steps that may answer before a handler, after the built-in `Prefer` and fault steps. */
  interceptors?: Interceptor[];
  /** Scenarios loaded into every new sandbox (and again on reset), in order. */
  scenarios?: StartupScenario[];
  /** Where scenario files are read. Default `data/scenarios/`. */
  scenariosDir?: string;
  /** Progress of start-up scenario loads (the CLI draws a bar). */
  onScenarioProgress?: (scenario: string) => ScenarioProgress | undefined;
  /** Requests kept in the journal (a ring buffer); 0 turns the journal off. Default 1000. */
  journalSize?: number;
  /** When set, every `/__admin` call needs it. */
  adminToken?: string;
  /** Mount the `/__admin` API. Default true. */
  admin?: boolean;
  log?: (line: string) => void;
};

/** A built (not listening) mock: the Express app and what tests and the CLI need to reach into. */
export type MockServer = {
  app: Express;
  registry: ContractRegistry;
  sandboxes: SandboxPool<World>;
  settings: { seed: number; firstvision: FirstVisionConfig; credere: CredereConfig };
  /** Each API's module (handlers, error renderers). */
  modules: Record<ApiName, ApiModule>;
  catalogue: ScenarioCatalogue;
  journal: RequestJournal;
  faults: FaultInjector;
};

function noteOperation(): Interceptor {
  return ({ compiled, request }) => {
    if (request.res) request.res.locals.operationId = compiled.contract.operationId;
    return undefined;
  };
}

/**
 * Builds the mock of both APIs as an Express app; it never listens (the CLI and tests do).
 * @example const { app } = createMockServer({ seed: 42 }); app.listen(0, '127.0.0.1')
 */
export function createMockServer(options: MockServerOptions = {}): MockServer {
  const registry = options.registry ?? loadContracts();
  const log = options.log ?? (() => undefined);
  const seed = options.seed ?? 1;
  const settings = {
    seed,
    firstvision: { ...defaultFirstVisionConfig, ...options.firstvision },
    credere: { ...defaultCredereConfig, ...options.credere },
  };
  const catalogue = new ScenarioCatalogue(options.scenariosDir);
  const startup = options.scenarios ?? [];
  const loadStartup = startup.length ? startupLoader(catalogue, startup, options.onScenarioProgress) : undefined;
  const sandboxes = new SandboxPool<World>(
    (name) => {
      const world = createWorld(name, { ...settings, ...(options.dataFile ? { dataFile: options.dataFile } : {}) });
      loadStartup?.(world);
      options.initWorld?.(world);
      return world;
    },
    {
      max: options.sandboxes?.max ?? 100,
      idleMs: options.sandboxes?.idleMs ?? 30 * 60_000,
      dispose: (world: World) => {
        world.db.close().catch((error: Error) => log(`sandbox ${world.name}: last write failed: ${error.message}`));
      },
    },
  );

  const modules: Record<ApiName, ApiModule> = {
    firstvision: createFirstVisionModule(settings.firstvision),
    credere: createCredereModule(settings.credere),
  };
  const journal = new RequestJournal(options.journalSize ?? 1000);
  const faults = new FaultInjector(seed);
  const interceptors = [noteOperation(), applyPrefer(modules, registry.ajv), faults.interceptor(modules), ...(options.interceptors ?? [])];

  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);
  app.set('case sensitive routing', true);
  const dispatcher = new ApiDispatcher();
  for (const module of Object.values(modules)) {
    buildApiRouter(dispatcher, { registry, module, bodyLimit: options.bodyLimit ?? '1mb', strict: options.strict ?? false, interceptors, log });
  }
  const record = recordRequests(journal);
  const select = selectSandbox(sandboxes);
  const step = (middleware: typeof record) => (request: Request, response: Response) => middleware(request, response, () => undefined);
  app.use(dispatcher.middleware([step(record), step(select)]));
  if (options.admin ?? true) {
    const context: AdminContext = { pool: sandboxes, catalogue, journal, faults, startup, startedAt: Date.now(), seed };
    app.use('/__admin', createAdminRouter(context, options.adminToken ? { token: options.adminToken } : {}));
  }
  // Requests no operation serves are journaled too, then answered by the unmatched-route policy.
  app.use(record);
  app.get('/', (_request, response) => {
    response.json({
      name: 'clientela',
      apis: Object.entries(apiMounts).map(([api, mount]) => ({
        api,
        mount,
        operations: registry.contracts(api as keyof typeof apiMounts).map((c) => `${c.method} ${mount}${c.path}`),
      })),
    });
  });
  app.use(unmatchedRoute(registry));
  app.use((error: unknown, _request: Request, response: Response, next: NextFunction) => {
    if (response.headersSent) return next(error);
    if (error instanceof ProblemError) return renderProblem(response, error.problem);
    log(`unexpected failure: ${(error as Error).stack ?? String(error)}`);
    renderProblem(response, problem('internal', 'unexpected failure; see the mock log'));
  });
  return { app, registry, sandboxes, settings, modules, catalogue, journal, faults };
}
