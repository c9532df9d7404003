import express, { type NextFunction, type Request, type Response, type Router } from 'express';
import { ProblemError } from '../../src/problems/problem.js';
import type { AdminContext } from './admin-context.js';
import { clockRoutes } from './clock-routes.js';
import { faultRoutes } from './fault-routes.js';
import { journalRoutes } from './journal-routes.js';
import { journalStreamRoutes } from './journal-stream-routes.js';
import { browseRoutes } from './browse-routes.js';
import { contractRoutes } from './contract-routes.js';
import { requireAdminToken } from './require-admin-token.js';
import { scenarioRoutes } from './scenario-routes.js';
import { providerStateRoutes } from './provider-state-routes.js';
import { sandboxRoutes } from './sandbox-routes.js';
import { stateRoutes } from './state-routes.js';

/** Every admin endpoint, for the index and for "no such endpoint" problems. */
export const adminEndpoints = [
  'POST /__admin/reset', 'GET /__admin/state', 'PUT /__admin/state', 'GET /__admin/health',
  'GET /__admin/sandboxes', 'DELETE /__admin/sandboxes/{name}',
  'GET /__admin/scenarios', 'GET /__admin/scenarios/{name}', 'POST /__admin/scenarios/{name}',
  'GET /__admin/provider-states', 'POST /__admin/provider-states',
  'GET /__admin/requests', 'DELETE /__admin/requests', 'POST /__admin/requests/count', 'GET /__admin/requests/stream',
  'GET /__admin/browse', 'GET /__admin/browse/{api}', 'POST /__admin/sandboxes',
  'GET /__admin/contracts', 'GET /__admin/contracts/{api}/{operationId}',
  'GET /__admin/faults', 'PUT /__admin/faults', 'DELETE /__admin/faults',
  'GET /__admin/clock', 'PUT /__admin/clock', 'DELETE /__admin/clock',
];

export type AdminRouterOptions = {
  /** Required on every call when set (`Authorization: Bearer T` or `X-Admin-Token: T`). */
  token?: string;
  /** Largest admin body (a state import can be big). Default `512mb`. */
  bodyLimit?: string;
};

/**
 * The `/__admin` API: token check, JSON bodies, the routes, and clientela's problem+json for every error
 * (the app's problem renderer writes them).
 * @example app.use('/__admin', createAdminRouter(context, { token: 's3cret' }))
 */
export function createAdminRouter(context: AdminContext, options: AdminRouterOptions = {}): Router {
  const router = express.Router();
  router.use((request, _response, next) => {
    // An EventSource cannot send headers: the journal stream alone also takes the token as `?token=`.
    if (request.path === '/requests/stream' && typeof request.query.token === 'string' && request.headers['x-admin-token'] === undefined) request.headers['x-admin-token'] = request.query.token;
    next();
  });
  router.use(requireAdminToken(options.token));
  router.use(express.json({ limit: options.bodyLimit ?? '512mb', type: () => true }));
  router.get('/', (_request, response) => {
    response.json({ endpoints: adminEndpoints });
  });
  router.use(stateRoutes(context));
  router.use(sandboxRoutes(context));
  router.use(scenarioRoutes(context));
  router.use(providerStateRoutes(context));
  router.use(journalStreamRoutes(context));
  router.use(journalRoutes(context));
  router.use(browseRoutes(context));
  router.use(contractRoutes(context));
  router.use(faultRoutes(context));
  router.use(clockRoutes(context));
  router.use((request: Request) => {
    throw new ProblemError('not-found', `${request.method} /__admin${request.path} is not an admin endpoint`, { endpoints: adminEndpoints });
  });
  router.use((error: unknown, _request: Request, _response: Response, next: NextFunction) => {
    const failure = error as { type?: string; status?: number; message?: string };
    if (failure.type === 'entity.parse.failed') return next(new ProblemError('bad-request', `malformed JSON body: ${failure.message}`));
    if (failure.type === 'entity.too.large') return next(new ProblemError('bad-request', `the body is larger than ${options.bodyLimit ?? '512mb'}`));
    next(error);
  });
  return router;
}
