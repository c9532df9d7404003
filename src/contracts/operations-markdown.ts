import { apiMounts } from './api-mounts.js';
import type { ApiName } from './contract.js';
import type { ContractRegistry } from './contract-registry.js';

const TITLES: Record<ApiName, string> = { firstvision: 'FirstVision LATAM (Fiserv), "Gestão de Clientes"', credere: 'Credere, customers' };

/**
 * The README's table of operations, generated from the contracts (a test keeps the README in step).
 * @example operationsMarkdown(loadContracts())
 */
export function operationsMarkdown(registry: ContractRegistry): string {
  const lines: string[] = [];
  for (const api of Object.keys(apiMounts) as ApiName[]) {
    lines.push(`**${TITLES[api]}**, mounted at \`${apiMounts[api]}\`:`, '', '| Method | Path | Operation | What it does |', '| --- | --- | --- | --- |');
    const contracts = registry.contracts(api).sort((a, b) => a.path.localeCompare(b.path) || a.method.localeCompare(b.method));
    for (const contract of contracts) {
      const paths = [contract.path, ...(contract.aliases ?? [])].map((path) => `\`${path}\``).join(', ');
      const file = contract.file.slice(contract.file.lastIndexOf('/contracts/') + 1);
      lines.push(`| ${contract.method} | ${paths} | [\`${contract.operationId}\`](${file}) | ${contract.summary} |`);
    }
    lines.push('');
  }
  return lines.join('\n').trimEnd();
}
