import { apiMounts } from '../contracts/api-mounts.js';
import type { ApiName } from '../contracts/contract.js';
import type { ContractRegistry, OperationMatch } from '../contracts/contract-registry.js';

/** Where a pact request lands: the API, the path relative to its mount and, when one matches, the operation. */
export type Located = { api: ApiName | undefined; path: string; match: OperationMatch | undefined };

/**
 * Finds the operation a pact request is for: the API from the path's mount (`/firstvision`, `/credere/api/v1`),
 * else from the pact's provider name; then `registry.match` on the path relative to that mount.
 * @example locateOperation(registry, 'Credere', 'GET', '/credere/api/v1/customers/42').match?.compiled.contract.operationId
 */
export function locateOperation(registry: ContractRegistry, provider: string, method: string, fullPath: string): Located {
  const path = fullPath.split('?')[0] ?? fullPath;
  for (const [api, mount] of Object.entries(apiMounts) as Array<[ApiName, string]>) {
    if (path === mount || path.startsWith(`${mount}/`)) {
      const relative = path.slice(mount.length) || '/';
      return { api, path: relative, match: registry.match(api, method, relative) };
    }
  }
  const named = (Object.keys(apiMounts) as ApiName[]).find((api) => provider.toLowerCase().replace(/[^a-z]/g, '').includes(api));
  return { api: named, path, match: named ? registry.match(named, method, path) : undefined };
}
