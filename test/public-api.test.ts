import { readFileSync } from 'node:fs';
import express from 'express';
import { describe, expect, it } from 'vitest';
import { clientela, createMockServer, importEntry, listen, manifest, registry, serveDuringFile } from './helpers/public-api.js';

const mock = createMockServer({ registry, seed: 7 });
let url = '';
serveDuringFile(mock.app, (base) => (url = base));

/**
 * Every value "clientela" exports, by the test file beside this one that tests it (as `clientela.<name>`): a new
 * export fails here until a test of it is listed. (public-api-clients.test.ts tests the typed clients of mock/.)
 */
const testedIn: Record<string, string[]> = {
  'public-api-contracts.test.ts': [
    'ContractError', 'createAjv', 'customFormats', 'defaultContractsDir', 'exportOpenApi', 'exportTypes', 'fakeFromSchema', 'loadContracts',
    'operationsMarkdown', 'validateRequest', 'validateResponse',
  ],
  'public-api-numbers.test.ts': ['generateCnpj', 'generateCpf', 'isLuhnValid', 'isValidCnpj', 'isValidCpf', 'luhnCheckDigit', 'maskSensitive', 'maskText'],
  'public-api-contract-testing.test.ts': ['checkDrift', 'checkPactInteractions', 'verifyPacts'],
  'public-api-plugins.test.ts': ['DomainError', 'IdTakenError', 'MemoryState', 'ScenarioStepError', 'at', 'collection', 'definePlugin', 'forEachCopy', 'paramReader'],
};

describe('package entry points', () => {
  it.each(Object.entries(manifest.exports))('builds the default of %s from the source its types name', (_subpath, entry) => {
    expect(entry.default).toBe(entry.types.replace(/^\.\//, './dist/').replace(/\.ts$/, '.js'));
  });

  it('exports from "clientela" exactly the values the public-api*.test.ts files test, and createMockServer from "clientela/mock"', async () => {
    expect(Object.keys(clientela).sort()).toEqual(Object.values(testedIn).flat().sort());
    for (const [file, names] of Object.entries(testedIn)) {
      const source = readFileSync(new URL(file, import.meta.url), 'utf8');
      for (const name of names) expect(source, `${file} tests ${name}`).toContain(`clientela.${name}`);
    }
    expect(Object.keys(await importEntry('./mock'))).toContain('createMockServer');
  });
});

describe('"clientela/mock"', () => {
  it('createMockServer().app answers over HTTP: its index lists each API at its mount', async () => {
    const index = (await (await fetch(`${url}/`)).json()) as { apis: Array<{ api: string; mount: string; operations: string[] }> };
    expect(Object.fromEntries(index.apis.map(({ api, mount }) => [api, mount]))).toEqual({ firstvision: '/firstvision', credere: '/credere/api/v1' });
    expect(index.apis.flatMap((api) => api.operations)).toContain('GET /credere/api/v1/customers/find');
  });

  it("createMockServer().app works mounted inside the user's own Express app", async () => {
    const host = express();
    host.use('/mocks', createMockServer({ registry }).app);
    const { url: hostUrl, close: stop } = await listen(host);
    try {
      const banks = await fetch(`${hostUrl}/mocks/credere/api/v1/banks`, { headers: { authorization: 'Bearer k' } });
      expect(banks.status).toBe(200);
      expect(((await banks.json()) as { banks: unknown[] }).banks.length).toBeGreaterThan(0);
      expect((await fetch(`${hostUrl}/mocks/__admin/health`)).status).toBe(200);
    } finally {
      stop();
    }
  });
});
