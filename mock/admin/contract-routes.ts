import express, { type Request, type Router } from 'express';
import { maskSensitive } from '../../src/mask/mask-sensitive.js';
import { ProblemError } from '../../src/problems/problem.js';
import type { AdminContext } from './admin-context.js';
import { exampleCurl } from './example-curl.js';

/** The mock's own URL as the request names it (what an example `curl` calls). */
function mockUrl(request: Request): string {
  return `${request.protocol}://${request.headers.host ?? '127.0.0.1'}${request.baseUrl.replace(/\/__admin$/, '')}`;
}

/**
 * The contracts, for the dashboard: `GET /__admin/contracts` lists every operation (and the docs' address),
 * `GET /__admin/contracts/{api}/{operationId}` answers one contract (documents and card numbers in its examples
 * masked) and an example request as `curl`.
 */
export function contractRoutes(context: AdminContext): Router {
  const router = express.Router();
  const { registry, apis } = context;
  const mountOf = (api: string) => apis.find(({ plugin }) => plugin.name === api)?.mount ?? '';

  router.get('/contracts', (request, response) => {
    const base = request.baseUrl.replace(/\/__admin$/, '');
    const operations = registry.contracts().map(({ api, operationId, method, path, summary }) => ({ api, operationId, method, path: `${mountOf(api)}${path}`, summary }));
    response.json({ docs: `${base}/__docs`, apis: apis.map(({ plugin, mount }) => ({ name: plugin.name, title: plugin.title, mount, document: `${base}/__docs/${plugin.name}.json` })), operations });
  });

  router.get('/contracts/:api/:operationId', (request, response) => {
    const { api, operationId } = request.params;
    const contract = registry.contracts(api).find((candidate) => candidate.operationId === operationId);
    if (!contract) throw new ProblemError('not-found', `no contract of API "${api}" has operationId "${operationId}"`);
    const { file: _file, ...shown } = contract;
    response.json({ api, operationId, curl: exampleCurl(contract, `${mockUrl(request)}${mountOf(api)}`), contract: maskSensitive(shown) });
  });
  return router;
}
