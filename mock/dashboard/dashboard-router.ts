import express, { type Request, type Router } from 'express';
import { requireAdminToken } from '../admin/require-admin-token.js';
import { bundleDashboard, type DashboardAssets } from './bundle-dashboard.js';
import { dashboardPage } from './dashboard-page.js';

/** The query that carries the admin token (`?token=T`) onward to the page's script and style, when it was given. */
function tokenQuery(request: Request): string {
  return typeof request.query.token === 'string' ? `?token=${encodeURIComponent(request.query.token)}` : '';
}

/**
 * `/__dashboard`: a single page over the admin API (state, journal, scenarios and sandboxes, faults, contracts),
 * its script bundled from `dashboard/` on first use. Behind the admin token when one is set: a header, or in a
 * browser `?token=T`, which the page then sends to the admin API as `X-Admin-Token`.
 */
export function dashboardRouter(adminToken: string | undefined): Router {
  const router = express.Router({ caseSensitive: true, strict: false });
  let assets: Promise<DashboardAssets> | undefined;
  const load = () => (assets ??= bundleDashboard().catch((error: unknown) => {
    assets = undefined;
    throw error;
  }));
  router.use((request, _response, next) => {
    if (typeof request.query.token === 'string' && request.headers['x-admin-token'] === undefined) request.headers['x-admin-token'] = request.query.token;
    next();
  });
  router.use(requireAdminToken(adminToken));
  router.get('/', (request, response) => {
    // Started now, so the script is ready (or nearly) when the browser asks for it.
    void load().catch(() => undefined);
    const admin = `${request.baseUrl.replace(/\/__dashboard$/, '')}/__admin`;
    const docs = `${request.baseUrl.replace(/\/__dashboard$/, '')}/__docs`;
    response.set('cache-control', 'no-store');
    response.type('html').send(dashboardPage({ base: request.baseUrl, admin, docs, query: tokenQuery(request) }));
  });
  router.get('/dashboard.js', async (_request, response) => {
    response.type('js').set('cache-control', 'no-cache').send((await load()).script);
  });
  router.get('/dashboard.css', async (_request, response) => {
    response.type('css').set('cache-control', 'no-cache').send((await load()).style);
  });
  return router;
}
