import express, { type Request, type Response, type Router } from 'express';
import type { ContractRegistry } from '../src/contracts/contract-registry.js';
import { validateRequest } from '../src/validation/validate-request.js';
import { validateResponse } from '../src/validation/validate-response.js';
import type { CompiledContract } from '../src/validation/compile-contract.js';
import { problem } from '../src/problems/problem.js';
import { ApiError } from './api-error.js';
import type { ApiModule, ApiResponse } from './api-module.js';
import { parseBody } from './middleware/parse-body.js';
import { renderProblem } from './middleware/render-problem.js';
import type { World } from './world.js';

/**
 * A step that may answer a request before its handler runs (fault injection, `Prefer` overrides).
 * Returns a response to short-circuit, or undefined to go on.
 */
export type Interceptor = (context: { compiled: CompiledContract; request: Request; world: World }) => Promise<ApiResponse | undefined> | ApiResponse | undefined;

export type ApiRouterOptions = {
  registry: ContractRegistry;
  module: ApiModule;
  bodyLimit: string;
  /** Validate every response against the contract; a mismatch answers a 500 contract-violation problem. */
  strict: boolean;
  interceptors: Interceptor[];
  log: (line: string) => void;
};

function expressPath(path: string): string {
  return path.replace(/\{([^}]+)\}/g, ':$1');
}

function send(response: Response, result: ApiResponse): void {
  if (result.headers) response.set(result.headers);
  if (result.body === undefined) response.status(result.status).end();
  else response.status(result.status).json(result.body);
}

/** The world chosen for this request by the sandbox middleware. */
export function worldOf(response: Response): World {
  return response.locals.world as World;
}

/**
 * Builds the Express router of one API from its contracts: for each operation, in order, the interceptors,
 * authentication, body parsing, request validation, the handler and (strict mode) response validation.
 * Every error is answered in the API's own format; a handler may not be missing.
 */
export function buildApiRouter(options: ApiRouterOptions): Router {
  const { registry, module } = options;
  const router = express.Router({ caseSensitive: true });
  router.use(express.raw({ type: () => true, limit: options.bodyLimit }));
  const compiledList = registry.all().filter((c) => c.contract.api === module.api);
  // Literal paths first, so `/customers/find` is not taken for `/customers/{id}`.
  compiledList.sort((a, b) => (a.contract.path.match(/\{/g)?.length ?? 0) - (b.contract.path.match(/\{/g)?.length ?? 0));
  for (const compiled of compiledList) {
    const { contract } = compiled;
    const handler = module.handlers[contract.operationId];
    if (!handler) throw new Error(`${module.api}: no handler for operation ${contract.operationId} (${contract.file})`);
    const run = async (request: Request, response: Response): Promise<void> => {
      const world = worldOf(response);
      for (const interceptor of options.interceptors) {
        const early = await interceptor({ compiled, request, world });
        if (early) return send(response, early);
      }
      const raw = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
      const denied = module.authenticate(request, compiled, raw);
      if (denied) return send(response, denied);
      const parsed = parseBody(request, raw, contract);
      if (!parsed.ok) return send(response, module.errors.malformed(parsed.status, parsed.reason));
      const validation = validateRequest(compiled, {
        headers: request.headers,
        params: request.params,
        query: request.query as Record<string, unknown>,
        body: parsed.body,
      });
      if (!validation.ok) return send(response, module.errors.validation(compiled, validation.diagnostics));
      let result: ApiResponse;
      try {
        result = handler({ compiled, values: validation.values, world, request });
      } catch (error) {
        if (!(error instanceof ApiError)) throw error;
        result = error.response;
      }
      if (options.strict) {
        const diagnostics = validateResponse(compiled, result.status, result.body);
        if (diagnostics.length > 0) {
          options.log(`contract violation in ${contract.operationId} ${result.status}: ${JSON.stringify(diagnostics.slice(0, 5))}`);
          return renderProblem(response, problem('contract-violation', `${contract.operationId} answered ${result.status} outside its contract`, { diagnostics }));
        }
      }
      send(response, result);
    };
    for (const path of [contract.path, ...(contract.aliases ?? [])]) {
      router[contract.method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete'](expressPath(path), run);
    }
  }
  // Errors before a handler ran (body too large, unreadable body) and unexpected failures, in the API's format.
  router.use((error: unknown, _request: Request, response: Response, next: (error?: unknown) => void) => {
    if (response.headersSent) return next(error);
    const status = (error as { status?: number; type?: string }).status;
    if (status === 413) return send(response, module.errors.malformed(413, `the body is larger than ${options.bodyLimit}`));
    if (status === 400) return send(response, module.errors.malformed(400, (error as Error).message));
    options.log(`unexpected failure in ${module.api}: ${(error as Error).stack ?? String(error)}`);
    send(response, module.errors.failure(500, 'unexpected failure in the mock'));
  });
  return router;
}
