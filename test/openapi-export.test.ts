import { readFileSync } from 'node:fs';
import { compileErrors, validate } from '@readme/openapi-parser';
import { describe, expect, it } from 'vitest';
import { exportOpenApi } from '../src/contracts/export-openapi.js';
import { exportTypes } from '../src/contracts/export-types.js';
import { loadContracts } from '../src/contracts/load-contracts.js';

const registry = loadContracts();

describe.each(['firstvision', 'credere'] as const)('%s export', (api) => {
  it('is an OpenAPI 3.1 document a standard parser accepts, with every operation', async () => {
    const document = exportOpenApi(registry, api);
    const result = await validate(structuredClone(document) as never);
    expect(result.valid, result.valid ? '' : compileErrors(result)).toBe(true);
    const operationIds = Object.values(document.paths).flatMap((item) => Object.values(item).map((op) => (op as { operationId: string }).operationId));
    for (const contract of registry.contracts(api)) expect(operationIds).toContain(contract.operationId);
    expect(JSON.stringify(document)).not.toContain('defs.json');
  });

  it('exports TypeScript types for every request and response body', async () => {
    const text = await exportTypes(registry, api);
    for (const contract of registry.contracts(api)) {
      const name = contract.operationId.charAt(0).toUpperCase() + contract.operationId.slice(1);
      expect(text).toContain(`${name}Response200`);
    }
    expect(text).toMatch(/export (interface|type) /);
  });

  it('matches the generated client types in src/clients/types (regenerate them after changing a contract)', async () => {
    const committed = readFileSync(new URL(`../mock/${api}/client/${api}-api.ts`, import.meta.url), 'utf8');
    expect(committed.trim()).toBe((await exportTypes(registry, api)).trim());
  });
});
