import type { Request } from 'express';
import type { ContractRegistry } from '../../src/contracts/contract-registry.js';
import { editDistance } from '../../src/contracts/edit-distance.js';
import type { ApiResponse } from '../../src/plugin/api-plugin.js';
import { problem } from '../../src/problems/problem.js';
import type { MountedApi } from '../mounted-api.js';
import { problemResponse } from './render-problem.js';

/** A contract path with its `{params}` taken from the request's segments at the same place, to compare as text. */
function concrete(template: string, segments: readonly string[]): string {
  return template
    .split('/')
    .map((segment, i) => (segment.startsWith('{') ? (segments[i] ?? segment) : segment))
    .join('/');
}

/**
 * The operation whose path is nearest the request's by edit distance (`/customer` → `/customers`,
 * `/customer/l8v3` → `/customer/l8v2`), the request's method breaking ties.
 */
function nearestOperation(registry: ContractRegistry, api: MountedApi, method: string, requested: string): string {
  // Distance costs the product of the lengths: a long path is compared by its start.
  const path = requested.slice(0, 256);
  const segments = path.split('/');
  let nearest = '';
  let best = Number.POSITIVE_INFINITY;
  for (const contract of registry.contracts(api.plugin.name)) {
    for (const template of [contract.path, ...(contract.aliases ?? [])]) {
      const score = editDistance(path, concrete(template, segments)) + (contract.method === method ? 0 : 0.5);
      if (score < best) [best, nearest] = [score, `${contract.method} ${api.mount}${contract.path}`];
    }
  }
  return nearest;
}

/**
 * Why no contract serves a request: 405 when the path exists under another method, else 404, naming the nearest
 * operation so a typo is easy to spot. Under an API's mount the API words it in its own envelope (`errors.route`)
 * and the engine adds `Allow` to a 405; outside every mount it is one of clientela's own problems.
 */
export function unmatchedAnswer(apis: readonly MountedApi[], registry: ContractRegistry, request: Request): ApiResponse {
  const api = apis.find((candidate) => request.path.startsWith(`${candidate.mount}/`));
  const where = `${request.method} ${request.path}`;
  if (!api) return problemResponse(problem('unmatched-route', `${where} is not under ${apis.map((a) => a.mount).join(' or ')} or /__admin`), true);
  const path = request.path.slice(api.mount.length);
  const allowed = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'].filter((method) => registry.match(api.plugin.name, method, path));
  const found = { method: request.method, path: request.path, allowed };
  if (allowed.length > 0) {
    const answer = api.runtime.errors.route({ ...found, status: 405, reason: `${where}: use ${allowed.join(' or ')}` });
    return { ...answer, headers: { ...answer.headers, Allow: allowed.join(', ') } };
  }
  const nearest = nearestOperation(registry, api, request.method, path);
  const reason = `${where} matches no ${api.plugin.name} contract${nearest ? `; nearest: ${nearest}` : ''}`;
  return api.runtime.errors.route({ ...found, status: 404, ...(nearest ? { nearest } : {}), reason });
}
