import type { Request, Response } from 'express';
import { apiMounts } from '../../src/contracts/api-mounts.js';
import type { ApiName } from '../../src/contracts/contract.js';
import type { ContractRegistry } from '../../src/contracts/contract-registry.js';
import { ProblemError } from '../../src/problems/problem.js';

function commonPrefix(a: string[], b: string[]): number {
  let n = 0;
  while (n < a.length && n < b.length && (a[n] === b[n] || b[n]?.startsWith('{'))) n++;
  return n;
}

/**
 * The policy for requests no contract serves: 405 when the path exists under another method (with `Allow`),
 * else 404; both are problems that name the nearest operation, so a typo is easy to spot.
 */
export function unmatchedRoute(registry: ContractRegistry) {
  return (request: Request, response: Response): void => {
    const entry = Object.entries(apiMounts).find(([, mount]) => request.path.startsWith(`${mount}/`));
    const where = `${request.method} ${request.path}`;
    if (!entry) throw new ProblemError('unmatched-route', `${where} is not under ${Object.values(apiMounts).join(' or ')} or /__admin`);
    const [api, mount] = entry as [ApiName, string];
    const path = request.path.slice(mount.length);
    const allowed = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'].filter((method) => registry.match(api, method, path));
    if (allowed.length > 0) {
      response.set('Allow', allowed.join(', '));
      throw new ProblemError('method-not-allowed', `${where}: use ${allowed.join(' or ')}`, { allowed });
    }
    const segments = path.split('/');
    let nearest = '';
    let best = -1;
    for (const contract of registry.contracts(api)) {
      const score = commonPrefix(segments, contract.path.split('/'));
      if (score > best) [best, nearest] = [score, `${contract.method} ${mount}${contract.path}`];
    }
    throw new ProblemError('unmatched-route', `${where} matches no ${api} contract`, { nearest });
  };
}
