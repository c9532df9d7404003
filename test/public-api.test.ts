import { describe, expect, it } from 'vitest';
import * as clientela from '../src/index.js';

describe('public API (import from "clientela")', () => {
  it('validates a request against a contract without starting the mock', () => {
    const registry = clientela.loadContracts();
    const good = clientela.validateRequest(registry.get('customersFind'), { headers: { authorization: 'Bearer k' }, query: { cpf_cnpj: '52998224725' } });
    const bad = clientela.validateRequest(registry.get('customersFind'), { headers: { authorization: 'Bearer k' }, query: { cpf_cnpj: 'abc' } });
    expect(good.diagnostics).toEqual([]);
    expect(bad.diagnostics.map((d) => d.path)).toEqual(['/query/cpf_cnpj']);
  });

  it('exports the kit: OpenAPI export, pact check, drift check, clients, documents', () => {
    expect(clientela.exportOpenApi(clientela.loadContracts(), 'credere').openapi).toBe('3.1.0');
    for (const name of ['checkPactInteractions', 'verifyPacts', 'checkDrift', 'FirstVisionClient', 'createCredereClient', 'signFirstVisionRequest'] as const) {
      expect(typeof clientela[name]).toBe('function');
    }
    let n = 0;
    expect(clientela.isValidCpf(clientela.generateCpf((max) => n++ % max))).toBe(true);
  });
});
