import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import express, { type Request, type Router } from 'express';
import type { ContractRegistry } from '../../src/contracts/contract-registry.js';
import { exportOpenApi } from '../../src/contracts/export-openapi.js';
import { requireAdminToken } from '../admin/require-admin-token.js';
import type { MountedApi } from '../mounted-api.js';
import { docsPage, type DocsPageApi, docsScript } from './docs-page.js';

const swaggerUiDir = dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));
const ASSETS = new Set(['swagger-ui.css', 'swagger-ui-bundle.js', 'swagger-ui-standalone-preset.js', 'favicon-32x32.png']);
/** Documents kept per API and server URL (the host a browser used); a few hosts at most. */
const CACHE_LIMIT = 16;

/** The URL the mock is reached at, as the request names it (the docs' "Try it out" goes there). */
function serverUrl(request: Request): string {
  const prefix = request.baseUrl.replace(/\/__docs$/, '');
  return `${request.protocol}://${request.headers.host ?? '127.0.0.1'}${prefix}`;
}

/** The query that carries the admin token (`?token=T`) onward to the page's documents, when it was given. */
function tokenQuery(request: Request): string {
  return typeof request.query.token === 'string' ? `?token=${encodeURIComponent(request.query.token)}` : '';
}

/**
 * `/__docs`: Swagger UI over the OpenAPI export of every API (`/__docs/<api>.json`, generated once per server
 * URL), with Authorize pre-filled from each plug-in's `docs`. Behind the admin token when one is set, which a
 * browser passes as `?token=T`.
 */
export function docsRouter(apis: readonly MountedApi[], registry: ContractRegistry, adminToken: string | undefined): Router {
  const router = express.Router({ caseSensitive: true, strict: false });
  const documents = new Map<string, unknown>();
  router.use((request, _response, next) => {
    if (typeof request.query.token === 'string' && request.headers['x-admin-token'] === undefined) request.headers['x-admin-token'] = request.query.token;
    next();
  });
  router.use(requireAdminToken(adminToken));
  router.get('/', (request, response) => {
    const query = tokenQuery(request);
    const base = serverUrl(request);
    const pageApis: DocsPageApi[] = apis.map(({ plugin, config, mount }) => {
      const docs = plugin.docs?.(config as never);
      return {
        name: plugin.name,
        title: plugin.openApiTitle ?? plugin.title,
        specUrl: `${request.baseUrl}/${plugin.name}.json${query}`,
        base: `${base}${mount}`,
        authorize: docs?.authorize ?? {},
        ...(docs?.token ? { token: docs.token } : {}),
      };
    });
    response.type('html').send(docsPage(`${request.baseUrl}/assets`, `${request.baseUrl}/docs.js`, pageApis));
  });
  router.get('/docs.js', (_request, response) => void response.type('js').send(docsScript));
  router.get('/assets/:file', (request, response, next) => {
    if (!ASSETS.has(request.params.file)) return next();
    response.sendFile(request.params.file, { root: swaggerUiDir, maxAge: '1h' });
  });
  router.get('/:api.json', (request, response, next) => {
    const api = apis.find(({ plugin }) => plugin.name === request.params.api);
    if (!api) return next();
    const url = serverUrl(request);
    const key = `${api.plugin.name} ${url}`;
    let document = documents.get(key);
    if (document === undefined) {
      if (documents.size >= CACHE_LIMIT) documents.clear();
      document = exportOpenApi(registry, api.plugin, { serverUrl: url });
      documents.set(key, document);
    }
    response.json(document);
  });
  return router;
}
