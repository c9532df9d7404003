import type { ApiName } from '../contracts/contract.js';
import type { ContractRegistry, OperationMatch } from '../contracts/contract-registry.js';
import type { ApiInfo } from '../plugin/api-plugin.js';

/** Where a pact request lands: the API, the path relative to its mount and, when one matches, the operation. */
export type Located = { api: ApiName | undefined; path: string; match: OperationMatch | undefined };

/**
 * Finds the operation a pact request is for: the API from the path's mount, else from the pact's provider name
 * (letters only, containing the API name); then `registry.match` on the path relative to that mount.
 * @example locateOperation(registry, plugins, 'Acme', 'GET', '/acme/widgets/42').match?.compiled.contract.operationId
 */
export function locateOperation(registry: ContractRegistry, apis: readonly ApiInfo[], provider: string, method: string, fullPath: string): Located {
  const path = fullPath.split('?')[0] ?? fullPath;
  for (const { name, mount } of apis) {
    if (path === mount || path.startsWith(`${mount}/`)) {
      const relative = path.slice(mount.length) || '/';
      return { api: name, path: relative, match: registry.match(name, method, relative) };
    }
  }
  const named = apis.find(({ name }) => provider.toLowerCase().replace(/[^a-z]/g, '').includes(name))?.name;
  return { api: named, path, match: named ? registry.match(named, method, path) : undefined };
}
