import { describe, expect, it } from 'vitest';
import { exportOpenApi } from '../src/contracts/export-openapi.js';
import { loadContracts } from '../src/contracts/load-contracts.js';
import { credere } from '../mock/credere/credere-plugin.js';
import { firstVision } from '../mock/firstvision/firstvision-plugin.js';

const registry = loadContracts();
type Operation = { operationId: string; security?: Array<Record<string, string[]>>; parameters: Array<{ name: string; in: string }> };
const operations = (document: ReturnType<typeof exportOpenApi>): Operation[] => Object.values(document.paths).flatMap((item) => Object.values(item) as Operation[]);

describe('security schemes of the export', () => {
  it('FirstVision: apikey, clientId, bearer and oauth2 (client credentials at the token path), applied per operation', () => {
    const document = exportOpenApi(registry, firstVision);
    const schemes = (document.components as { securitySchemes: Record<string, Record<string, unknown>> }).securitySchemes;
    expect(schemes.apikey).toMatchObject({ type: 'apiKey', in: 'header', name: 'apikey' });
    expect(schemes.clientId).toMatchObject({ type: 'apiKey', in: 'header', name: 'X-ClientID' });
    expect(schemes.bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
    expect(schemes.oauth2).toMatchObject({ type: 'oauth2', flows: { clientCredentials: { tokenUrl: 'http://127.0.0.1:4010/firstvision/fvlatam/token' } } });
    for (const op of operations(document)) {
      expect(op.parameters.filter((p) => p.in === 'header' && ['apikey', 'authorization', 'x-clientid'].includes(p.name.toLowerCase()))).toEqual([]);
      if (op.operationId === 'token') expect(op.security).toEqual([{ apikey: [], basic: [] }]);
      else expect(op.security).toEqual([{ apikey: [], clientId: [], bearer: [] }, { apikey: [], clientId: [], oauth2: [] }]);
    }
  });

  it('Credere: bearer on every operation, no authorization header parameter', () => {
    const document = exportOpenApi(registry, credere);
    expect((document.components as { securitySchemes: unknown }).securitySchemes).toEqual({ bearer: expect.objectContaining({ type: 'http', scheme: 'bearer' }) });
    for (const op of operations(document)) {
      expect(op.security).toEqual([{ bearer: [] }]);
      expect(op.parameters.filter((p) => p.name.toLowerCase() === 'authorization')).toEqual([]);
    }
  });
});
