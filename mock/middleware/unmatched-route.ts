import type { Request, Response } from 'express';
import type { ContractRegistry } from '../../src/contracts/contract-registry.js';
import { editDistance } from '../../src/contracts/edit-distance.js';
import { ProblemError } from '../../src/problems/problem.js';
import type { MountedApi } from '../mounted-api.js';

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
 * Why no contract serves a request: 405 when the path exists under another method (with `Allow`), else 404; both
 * are problems that name the nearest operation, so a typo is easy to spot. Sets `Allow` on the response.
 */
export function unmatchedProblem(apis: readonly MountedApi[], registry: ContractRegistry, request: Request, response: Response): ProblemError {
  const api = apis.find((candidate) => request.path.startsWith(`${candidate.mount}/`));
  const where = `${request.method} ${request.path}`;
  if (!api) return new ProblemError('unmatched-route', `${where} is not under ${apis.map((a) => a.mount).join(' or ')} or /__admin`);
  const path = request.path.slice(api.mount.length);
  const allowed = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'].filter((method) => registry.match(api.plugin.name, method, path));
  if (allowed.length > 0) {
    response.setHeader('Allow', allowed.join(', '));
    return new ProblemError('method-not-allowed', `${where}: use ${allowed.join(' or ')}`, { allowed });
  }
  return new ProblemError('unmatched-route', `${where} matches no ${api.plugin.name} contract`, { nearest: nearestOperation(registry, api, request.method, path) });
}
