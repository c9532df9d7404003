/**
 * clientela's public API: the contract engine, the contract-testing kit and the plug-in interface. The mock itself
 * is `clientela/mock` (`createMockServer`); each API's typed client lives in its plug-in folder (`mock/<api>/client/`).
 * @example
 * import { loadContracts, validateRequest } from 'clientela';
 * const registry = loadContracts();
 * const { ok, diagnostics } = validateRequest(registry.get('customersFind'), { headers: { authorization: 'Bearer k' }, query: { cpf_cnpj: '52998224725' } });
 */
export type { ApiName, Contract, JsonSchema } from './contracts/contract.js';
export { ContractError } from './contracts/contract-error.js';
export type { ContractRegistry, OperationMatch } from './contracts/contract-registry.js';
export { exportOpenApi } from './contracts/export-openapi.js';
export { exportTypes } from './contracts/export-types.js';
export { type ContractFolder, type ContractSources, defaultContractsDir, loadContracts } from './contracts/load-contracts.js';
export { operationsMarkdown } from './contracts/operations-markdown.js';
export { createAjv } from './validation/create-ajv.js';
export type { Diagnostic } from './validation/diagnostic.js';
export { customFormats } from './validation/formats.js';
export { validateRequest } from './validation/validate-request.js';
export { validateResponse } from './validation/validate-response.js';
export { generateCnpj, isValidCnpj } from './numbers/cnpj.js';
export { generateCpf, isValidCpf } from './numbers/cpf.js';
export { isLuhnValid, luhnCheckDigit } from './numbers/luhn.js';
export { maskSensitive } from './mask/mask-sensitive.js';
export { maskText } from './mask/mask-text.js';
export { fakeFromSchema } from './fake/fake-from-schema.js';
export { checkPactInteractions } from './pact/check-pact.js';
export { verifyPacts } from './pact/verify-pacts.js';
export { checkDrift } from './drift/check-drift.js';
export { definePlugin } from './plugin/api-plugin.js';
export type * from './plugin/api-plugin.js';
export { DomainError } from './plugin/domain-error.js';
export type { ScenarioRun } from './plugin/scenario-run.js';
export { at, forEachCopy, ScenarioStepError } from './plugin/scenario-steps.js';
export type { ProviderStateDefinition, ProviderStatePlan } from './scenarios/provider-state-definition.js';
export { paramReader } from './scenarios/provider-state-params.js';
export { collection, IdTakenError } from './state/state-store.js';
export type * from './state/state-store.js';
export { MemoryState } from './state/memory-state.js';
