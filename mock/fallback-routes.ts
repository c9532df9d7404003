import express, { type Request, type Response, type Router } from 'express';
import type { ContractRegistry } from '../src/contracts/contract-registry.js';
import type { RequestJournal } from './admin/request-journal.js';
import { recordRequest } from './middleware/record-requests.js';
import { SANDBOX_HEADER } from './middleware/select-sandbox.js';
import { unmatchedAnswer } from './middleware/unmatched-route.js';
import type { MountedApi } from './mounted-api.js';
import { writeAnswer } from './pipeline/write-answer.js';

/** Requests no operation serves are journaled too: the sandbox their header names (unchecked), no operation. */
function journaled(journal: RequestJournal, request: Request, response: Response, started: number, responseText: string | undefined): void {
  const header = request.headers[SANDBOX_HEADER];
  const sandbox = typeof header === 'string' && header ? header : 'default';
  recordRequest(journal, request, { started, sandbox, operationId: undefined, status: response.statusCode, body: undefined, responseText });
}

/**
 * What answers after the APIs and the admin API: the index (`GET /`, every mounted operation) and the
 * unmatched-route policy (404 or 405 naming the nearest operation, in the API's envelope under its mount). Both are journaled.
 */
export function fallbackRoutes(apis: readonly MountedApi[], registry: ContractRegistry, journal: RequestJournal): Router {
  const router = express.Router({ caseSensitive: true });
  router.get('/', (request, response) => {
    const started = performance.now();
    const index = {
      name: 'clientela',
      apis: apis.map(({ plugin, mount }) => ({ api: plugin.name, mount, operations: registry.contracts(plugin.name).map((c) => `${c.method} ${mount}${c.path}`) })),
    };
    journaled(journal, request, response, started, writeAnswer(response, { status: 200, body: index }));
  });
  router.use((request, response) => {
    const started = performance.now();
    journaled(journal, request, response, started, writeAnswer(response, unmatchedAnswer(apis, registry, request)));
  });
  return router;
}
