import { describe, expect, it } from 'vitest';
import { cpfCheckDigits } from '../../src/numbers/cpf.js';
import { credereTestSandbox } from './credere-test-sandbox.js';
import { createCustomer } from './customer-commands.js';
import { listCustomers, type ListQuery } from './list-customers.js';

const NAMES = ['Álvaro Lima', 'Bruno Costa', 'ana souza', 'Carla Álves'];

async function listed(count: number, query: ListQuery): Promise<string[]> {
  const { state, sandbox } = await credereTestSandbox();
  const cpf = (i: number): string => {
    const base9 = String(100_000_000 + i);
    return `${base9}${cpfCheckDigits(base9)}`;
  };
  await state.transaction(async (tx) => {
    for (let i = 0; i < count; i++) await createCustomer(tx, sandbox, { cpf: cpf(i), name: NAMES[i] ?? `Cliente ${i}` }, false);
  });
  return state.transaction(async (tx) => (await listCustomers(tx, query)).map((customer) => customer.name));
}

describe('listCustomers', () => {
  it.each<[string, ListQuery, string[]]>([
    ['newest first by default', {}, ['Carla Álves', 'ana souza', 'Bruno Costa', 'Álvaro Lima']],
    ['oldest first', { sort: 'created_at_asc' }, NAMES],
    ['by name, accents and case folded', { sort: 'name_asc' }, ['Álvaro Lima', 'ana souza', 'Bruno Costa', 'Carla Álves']],
    ['page 2 of 3 per page', { sort: 'created_at_asc', perPage: 3, page: 2 }, ['Carla Álves']],
    ['page 2 of 2 per page, newest first', { perPage: 2, page: 2 }, ['Bruno Costa', 'Álvaro Lima']],
    ['a page past the end', { page: 9 }, []],
    ['a name filter with paging, created order', { name: 'l', sort: 'created_at_asc', perPage: 1, page: 2 }, ['Carla Álves']],
    ['a name filter, newest first', { name: 'ALV' }, ['Carla Álves', 'Álvaro Lima']],
  ])('lists %s', async (_case, query, expected) => {
    expect(await listed(4, query)).toEqual(expected);
  });

  it('pages 25 by default and at most 100, across read chunks', async () => {
    expect(await listed(300, {})).toHaveLength(25);
    expect(await listed(300, { perPage: 500 })).toHaveLength(100);
    const filtered = await listed(300, { name: 'cliente', perPage: 100, page: 3 });
    expect(filtered[0]).toBe('Cliente 99');
    expect(filtered).toHaveLength(96);
  });
});
