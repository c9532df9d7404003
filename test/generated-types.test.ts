import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportTypes, operationTypes } from '../src/contracts/export-types.js';
import { loadContracts } from '../src/contracts/load-contracts.js';
import { pascal, refTypeName } from '../src/contracts/refs-to-ts-types.js';
import { typeCheck } from './helpers/type-check.js';

const registry = loadContracts();
const apis = ['firstvision', 'credere'] as const;
const committedPath = (api: string) => fileURLToPath(new URL(`../mock/${api}/client/${api}-api.ts`, import.meta.url));
const fixture = fileURLToPath(new URL('fixtures/generated-types-usage.ts', import.meta.url));
const generated: Record<string, string> = {};
const exportedNames = (text: string) => [...text.matchAll(/^export (?:type|interface) (\w+)/gm)].map((m) => m[1]);

beforeAll(async () => {
  for (const api of apis) generated[api] = await exportTypes(registry, api);
});

describe.each(apis)('%s generated types', (api) => {
  it('are committed as generated (regenerate with `clientela contracts export --api <api> --format types -o <file>`)', () => {
    expect(readFileSync(committedPath(api), 'utf8')).toBe(generated[api]);
  });

  it('export one type per shared definition and per operation part, each once, and nothing else', () => {
    const defs = registry.ajv.getSchema(`https://clientela.dev/contracts/${api}/defs.json`)?.schema as { $defs: object };
    const expected = [...Object.keys(defs.$defs).map(pascal), ...registry.contracts(api).flatMap((c) => operationTypes(c).map((t) => t.name))];
    expect(exportedNames(generated[api] ?? '')).toEqual(expected);
  });

  it('refer to a shared definition by name wherever a response is just that definition', () => {
    for (const contract of registry.contracts(api)) {
      for (const [status, { body }] of Object.entries(contract.responses)) {
        const ref = typeof body === 'object' && Object.keys(body).length === 1 && typeof body.$ref === 'string' ? refTypeName(body.$ref) : undefined;
        if (ref) expect(generated[api]).toContain(`export type ${pascal(contract.operationId)}Response${status} = ${ref};\n`);
      }
    }
  });
});

describe('generated types', () => {
  it('are at most 4,000 lines for both APIs together', () => {
    const lines = apis.reduce((sum, api) => sum + (generated[api] ?? '').split('\n').length, 0);
    expect(lines).toBeLessThanOrEqual(4000);
  });

  it('give response and request fields their contract types (the usage fixture type-checks)', () => {
    const replacements = Object.fromEntries(apis.map((api) => [committedPath(api), generated[api] ?? '']));
    expect(typeCheck(fixture, replacements)).toEqual([]);
  });

  it('fail the usage fixture when an operation 200 leaves data unknown', () => {
    const broken = (generated.firstvision ?? '').replace(/export type CardsDetailsResponse200 = SuccessEnvelope & \{[\s\S]*?\n\};/, 'export type CardsDetailsResponse200 = SuccessEnvelope;');
    expect(broken).not.toBe(generated.firstvision);
    const diagnostics = typeCheck(fixture, { [committedPath('firstvision')]: broken, [committedPath('credere')]: generated.credere ?? '' });
    expect(diagnostics.join('\n')).toContain('generated-types-usage.ts');
  });
});
