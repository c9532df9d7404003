import type { ApiInfo } from '../plugin/api-plugin.js';
import type { ContractRegistry } from './contract-registry.js';

/**
 * The README's table of operations, generated from the contracts (a test keeps the README in step).
 * @example operationsMarkdown(loadContracts(), builtInPlugins)
 */
export function operationsMarkdown(registry: ContractRegistry, apis: readonly ApiInfo[]): string {
  const lines: string[] = [];
  for (const api of apis) {
    lines.push(`**${api.title}**, mounted at \`${api.mount}\`:`, '', '| Method | Path | Operation | What it does |', '| --- | --- | --- | --- |');
    const contracts = registry.contracts(api.name).sort((a, b) => a.path.localeCompare(b.path) || a.method.localeCompare(b.method));
    for (const contract of contracts) {
      const paths = [contract.path, ...(contract.aliases ?? [])].map((path) => `\`${path}\``).join(', ');
      const file = contract.file.slice(contract.file.lastIndexOf('/contracts/') + 1);
      lines.push(`| ${contract.method} | ${paths} | [\`${contract.operationId}\`](${file}) | ${contract.summary} |`);
    }
    lines.push('');
  }
  return lines.join('\n').trimEnd();
}
