/**
 * clientela's public API: the contract engine, the contract-testing kit and the typed clients. The mock itself is
 * `clientela/mock` (`createMockServer`).
 * @example
 * import { loadContracts, validateRequest } from 'clientela';
 * const registry = loadContracts();
 * const { ok, diagnostics } = validateRequest(registry.get('customersFind'), { headers: { authorization: 'Bearer k' }, query: { cpf_cnpj: '52998224725' } });
 */
export { apiMounts } from './contracts/api-mounts.js';
export type { ApiName, Contract, JsonSchema } from './contracts/contract.js';
export { ContractError } from './contracts/contract-error.js';
export type { ContractRegistry, OperationMatch } from './contracts/contract-registry.js';
export { exportOpenApi } from './contracts/export-openapi.js';
export { exportTypes } from './contracts/export-types.js';
export { loadContracts } from './contracts/load-contracts.js';
export { operationsMarkdown } from './contracts/operations-markdown.js';
export { createAjv } from './validation/create-ajv.js';
export type { Diagnostic } from './validation/diagnostic.js';
export { customFormats } from './validation/formats.js';
export { validateRequest } from './validation/validate-request.js';
export { validateResponse } from './validation/validate-response.js';
export { generateCnpj, isValidCnpj } from './numbers/cnpj.js';
export { generateCpf, isValidCpf } from './numbers/cpf.js';
export { isLuhnValid, luhnCheckDigit } from './numbers/luhn.js';
export { maskSensitive, maskText } from './mask/mask-sensitive.js';
export { fakeFromSchema } from './fake/fake-from-schema.js';
export { checkPactInteractions } from './pact/check-pact.js';
export { verifyPacts } from './pact/verify-pacts.js';
export { checkDrift } from './drift/check-drift.js';
export { FirstVisionClient } from '../mock/firstvision/client/firstvision-client.js';
export { createCredereClient } from '../mock/credere/client/credere-client.js';
export { signFirstVisionRequest } from '../mock/firstvision/client/sign-firstvision-request.js';
export { signRequest, type Signer } from '../mock/firstvision/client/sign-request.js';
