import type { NextFunction, Request, Response } from 'express';
import { apiOfPath, type MountedApi } from '../mounted-api.js';

/** Response headers a browser script may read besides the CORS-safelisted ones. */
const EXPOSED = 'WWW-Authenticate, Allow, Content-Length';
const METHODS = 'GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS';
const MAX_AGE = '86400';

function allowOrigin(request: Request, response: Response): void {
  const origin = request.headers.origin;
  response.setHeader('Access-Control-Allow-Origin', origin ?? '*');
  if (origin) {
    response.setHeader('Access-Control-Allow-Credentials', 'true');
    response.append('Vary', 'Origin');
  }
}

/**
 * CORS for the mounted APIs, as Prism does by default: a preflight (`OPTIONS` with
 * `Access-Control-Request-Method`) on any API path answers 204 allowing the requested method and headers, and
 * every other answer under an API's mount carries `Access-Control-Allow-Origin` (the request's origin, or `*`).
 * The admin API is left out: a page elsewhere must not drive it from a developer's browser.
 */
export function cors(apis: readonly MountedApi[]) {
  return (request: Request, response: Response, next: NextFunction): void => {
    if (!apiOfPath(apis, request.path)) return next();
    allowOrigin(request, response);
    const requested = request.headers['access-control-request-method'];
    if (request.method === 'OPTIONS' && requested) {
      response.setHeader('Access-Control-Allow-Methods', METHODS);
      const headers = request.headers['access-control-request-headers'];
      if (headers) response.setHeader('Access-Control-Allow-Headers', headers);
      response.setHeader('Access-Control-Max-Age', MAX_AGE);
      response.setHeader('Content-Length', '0');
      response.statusCode = 204;
      response.end();
      return;
    }
    response.setHeader('Access-Control-Expose-Headers', EXPOSED);
    next();
  };
}
