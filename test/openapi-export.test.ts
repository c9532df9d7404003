import { compileErrors, validate } from '@readme/openapi-parser';
import { describe, expect, it } from 'vitest';
import { exportOpenApi } from '../src/contracts/export-openapi.js';
import { loadContracts } from '../src/contracts/load-contracts.js';
import { builtInPlugins } from '../mock/plugins.js';

const registry = loadContracts();

describe.each(builtInPlugins.map((plugin) => [plugin.name, plugin] as const))('%s export', (api, plugin) => {
  it('is an OpenAPI 3.1 document a standard parser accepts, with every operation', async () => {
    const document = exportOpenApi(registry, plugin);
    const result = await validate(structuredClone(document) as never);
    expect(result.valid, result.valid ? '' : compileErrors(result)).toBe(true);
    const operationIds = Object.values(document.paths).flatMap((item) => Object.values(item).map((op) => (op as { operationId: string }).operationId));
    for (const contract of registry.contracts(api)) expect(operationIds).toContain(contract.operationId);
    expect(JSON.stringify(document)).not.toContain('defs.json');
  });
});
