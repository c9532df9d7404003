import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { ApiPlugin } from '../plugin/api-plugin.js';
import type { Contract } from './contract.js';
import type { ContractRegistry } from './contract-registry.js';
import { raisedCodes } from './raised-codes.js';

/** What the table needs of an API. */
export type ErrorCodesApi = Pick<ApiPlugin, 'name' | 'title' | 'handlersDir'>;

/** One operation's catalogue, split: published for it and applied or not, and the codes it uses that are not published for it. */
export type ErrorCodeUse = { operationId: string; published: string[]; applied: string[]; notApplied: string[]; unpublished: { code: string; origin: string; applied: boolean }[] };

/**
 * Splits an operation's catalogue. A code is applied when a request-schema violation maps to it (`pointer`) or the
 * operation's handler module (`handlersDir/<contract file>.ts`) or a module it imports names it.
 * @example errorCodeUse(contract, 'mock/acme/handlers')
 */
export function errorCodeUse(contract: Contract, handlersDir: string | undefined): ErrorCodeUse {
  const catalogue = contract.errors ?? [];
  const handler = handlersDir === undefined ? undefined : join(handlersDir, basename(contract.file).replace(/\.json$/, '.ts'));
  const raised = handler && existsSync(handler) ? raisedCodes(handler, new Set(catalogue.map((entry) => entry.code))) : new Set<string>();
  const isApplied = (entry: (typeof catalogue)[number]): boolean => entry.pointer !== undefined || raised.has(entry.code);
  // A code may be published twice with two texts; it is applied when any of its entries is.
  const published = [...new Set(catalogue.filter((entry) => entry.origin === undefined).map((entry) => entry.code))];
  const applied = new Set(catalogue.filter(isApplied).map((entry) => entry.code));
  return {
    operationId: contract.operationId,
    published,
    applied: published.filter((code) => applied.has(code)),
    notApplied: published.filter((code) => !applied.has(code)),
    unpublished: catalogue
      .filter((entry, index) => entry.origin !== undefined && catalogue.findIndex((other) => other.code === entry.code) === index)
      .map((entry) => ({ code: entry.code, origin: entry.origin as string, applied: applied.has(entry.code) })),
  };
}

function codes(list: readonly string[]): string {
  return list.length === 0 ? '—' : list.map((code) => `\`${code}\``).join(' ');
}

/**
 * The README's table of error codes, generated from the contracts and the handlers' code (a test keeps it in step):
 * per operation with a catalogue, its published codes, which of them the mock applies, and the codes it uses that
 * the vendor does not publish for it (with where they come from).
 * @example errorCodesMarkdown(loadContracts(), builtInPlugins)
 */
export function errorCodesMarkdown(registry: ContractRegistry, apis: readonly ErrorCodesApi[]): string {
  const lines: string[] = [];
  for (const api of apis) {
    const contracts = registry.contracts(api.name).filter((contract) => (contract.errors ?? []).length > 0);
    if (contracts.length === 0) continue;
    lines.push(`**${api.title}**:`, '', '| Operation | Published | Applied by the mock | Published, not applied | Not published for it, used by the mock (origin) |', '| --- | --- | --- | --- | --- |');
    for (const contract of contracts.sort((a, b) => a.operationId.localeCompare(b.operationId))) {
      const use = errorCodeUse(contract, api.handlersDir);
      const unpublished = use.unpublished.map((entry) => `\`${entry.code}\` (${entry.origin}${entry.applied ? '' : ', not applied'})`).join(', ') || '—';
      lines.push(`| \`${use.operationId}\` | ${use.published.length} | ${use.applied.length}: ${codes(use.applied)} | ${use.notApplied.length}: ${codes(use.notApplied)} | ${unpublished} |`);
    }
    lines.push('');
  }
  return lines.join('\n').trimEnd();
}
