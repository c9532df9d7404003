import type { Request, Response } from 'express';
import type { ContractRegistry } from '../../src/contracts/contract-registry.js';
import { ProblemError } from '../../src/problems/problem.js';
import type { MountedApi } from '../mounted-api.js';

function commonPrefix(a: string[], b: string[]): number {
  let n = 0;
  while (n < a.length && n < b.length && (a[n] === b[n] || b[n]?.startsWith('{'))) n++;
  return n;
}

function nearestOperation(registry: ContractRegistry, api: MountedApi, path: string): string {
  const segments = path.split('/');
  let nearest = '';
  let best = -1;
  for (const contract of registry.contracts(api.plugin.name)) {
    const score = commonPrefix(segments, contract.path.split('/'));
    if (score > best) [best, nearest] = [score, `${contract.method} ${api.mount}${contract.path}`];
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
  return new ProblemError('unmatched-route', `${where} matches no ${api.plugin.name} contract`, { nearest: nearestOperation(registry, api, path) });
}
