import { seededRandom } from '../../src/fake/seeded-random.js';
import { loadContracts } from '../../src/contracts/load-contracts.js';
import { generateCpf } from '../../src/numbers/cpf.js';
import type { StateWriter } from '../../src/state/state-store.js';
import type { CredereSandbox } from '../../mock/credere/credere-sandbox.js';
import { partOf } from '../../mock/world.js';
import type { RunningMock } from '../helpers/start-mock.js';

/** Shared pieces of the Credere HTTP tests. */
export const API = '/credere/api/v1';
export const auth = { authorization: 'Bearer test-key' };

type Json = Record<string, unknown>;

const registry = loadContracts();

/** A request body of a contract example, deep-copied so a test may change it. */
export function exampleBody(operationId: string, name: string): Json {
  const example = registry.get(operationId).contract.examples?.find((e) => e.name === name);
  if (!example?.request?.body) throw new Error(`no example ${name} in ${operationId}`);
  return structuredClone(example.request.body) as Json;
}

const random = seededRandom(2024);
/** A fresh valid CPF, formatted. */
export function newCpf(): string {
  return generateCpf(random.int);
}

/** A customer satisfying bank moneyplus (cpf, has_cnh, phones), with one object at every nesting level used by the tests. */
export function fullCustomer(cpf = newCpf()): Json {
  return {
    cpf,
    name: 'Ana Souza',
    has_cnh: false,
    phones: [
      { code: 84, number: 991234567, phone_type_id: 1 },
      { code: 84, number: 32101234, phone_type_id: 3 },
    ],
    emails: [{ address: 'ana@example.com' }],
    address: { address_type_id: 1, zip_code: '59075-810', state_id: 20, city: 'Natal' },
    addresses: [{ address_type_id: 2, zip_code: '59075-810', state_id: 20, build_type_id: 3 }],
    job_reference: {
      name: 'Oficina', income_cents: 350000, another_income_type_id: 2, company_activity_id: 2, profession_id: 2, professional_ocupation_id: 6,
      address: { address_type_id: 4, state_id: 20 },
      phone: { code: 84, number: 33334444, phone_type_id: 4 },
    },
    personal_references: [{ name: 'José', relationship: 'Pai', phone: { code: 84, number: 988887777, phone_type_id: 1 } }],
  };
}

/** Bank validations that only need cpf, has_cnh and phones. */
export const lenient = { bank_codes: ['moneyplus'] };

/** Sets `value` at a dotted path (`phones.1.phone_type_id`) of a copy of `body`. */
export function withValue(body: Json, path: string, value: unknown): Json {
  const copy = structuredClone(body);
  const keys = path.split('.');
  let node: Json = copy;
  for (const key of keys.slice(0, -1)) node = node[key] as Json;
  node[keys.at(-1) as string] = value;
  return copy;
}

/** A copy of `value` without any `id` key, at any depth (what a careless integrator sends). */
export function withoutIds<T>(value: T): T {
  if (Array.isArray(value)) return value.map(withoutIds) as T;
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).filter(([key]) => key !== 'id').map(([key, v]) => [key, withoutIds(v)])) as T;
}

/**
 * Runs `work` in one transaction of a sandbox's state, with Credere's part of that sandbox (for the store and
 * customer commands of mock/credere); a throw rolls it back.
 * @example await credereWrite(mock, 'stores', (tx, credere) => addStore(tx, credere, { name: 'Recife Motos' }))
 */
export async function credereWrite<R>(mock: RunningMock, sandbox: string, work: (tx: StateWriter, credere: CredereSandbox) => Promise<R>): Promise<R> {
  const world = await mock.world(sandbox);
  return world.state.transaction((tx) => work(tx, partOf<CredereSandbox>(world, 'credere')));
}
