import { describe, expect, it } from 'vitest';
import { missingBankFields, selectBanks } from './check-bank-requirements.js';
import type { CustomerRecord } from './customer-record.js';
import type { FieldErrors } from './field-errors.js';
import { loadCredereData, type StoreRecord } from './load-credere-data.js';

const data = loadCredereData();
const storeOf = async (id: number): Promise<StoreRecord | undefined> => data.stores.find((store) => store.id === id);

async function select(validations: Parameters<typeof selectBanks>[0]): Promise<{ banks: string[]; errors: FieldErrors }> {
  const errors: FieldErrors = {};
  const banks = await selectBanks(validations, storeOf, data, errors);
  return { banks, errors };
}

const bare: CustomerRecord = {
  id: 1, created_at: 0, updated_at: 0, cpf: '529.982.247-25', name: 'Rita Lopes', has_cnh: false,
  phones: [{ id: 1, created_at: 0, updated_at: 0, code: 84, number: 991234567, phone_type_id: 1 }],
};

describe('selectBanks', () => {
  it('takes bank_codes first, each once, even when a store is given', async () => {
    expect(await select({ bank_codes: ['341', 'moneyplus', '341'], store_id: 1 })).toEqual({ banks: ['341', 'moneyplus'], errors: {} });
  });

  it('takes the banks integrated with the store when bank_codes is absent or empty', async () => {
    expect((await select({ store_id: 1 })).banks).toEqual(['033', '341', '655', 'M22']);
    expect((await select({ bank_codes: [], store_id: 1 })).banks).toEqual(['033', '341', '655', 'M22']);
  });

  it('takes every bank integrated with Credere when neither is given', async () => {
    expect((await select(undefined)).banks).toEqual([...data.requirements.keys()]);
    expect((await select({})).banks.length).toBeGreaterThan(5);
  });

  it('records a code that is no Credere-integrated bank, and an unknown store', async () => {
    expect((await select({ bank_codes: ['001', '341'] })).errors).toEqual({ 'bank_validations.bank_codes': [{ error: 'not_integrated', value: ['001'] }] });
    expect((await select({ bank_codes: ['moneyplus', '999', '341', '001', '999'] })).banks).toEqual(['001', '341', '999', 'moneyplus']);
    expect(await select({ store_id: 999 })).toEqual({ banks: [], errors: { 'bank_validations.store_id': [{ error: 'not_found', value: 999 }] } });
  });
});

describe('missingBankFields', () => {
  it('names each missing field once, with every bank that requires it', () => {
    expect(missingBankFields(bare, ['341', '422'], data)).toEqual({
      born_at: [{ error: 'blank', banks: ['341', '422'] }],
      genre_id: [{ error: 'blank', banks: ['341', '422'] }],
      marital_status_id: [{ error: 'blank', banks: ['422'] }],
    });
  });

  it('counts a false boolean and one list item as filled, and looks into nested objects', () => {
    const missing = missingBankFields(bare, ['655'], data);
    expect(missing).not.toHaveProperty('has_cnh');
    expect(missing).not.toHaveProperty('phones');
    expect(missing['address.zip_code']).toEqual([{ error: 'blank', banks: ['655'] }]);
    const housed = { ...bare, address: { id: 1, created_at: 0, updated_at: 0, zip_code: '59000-000', street: ' ' } };
    const after = missingBankFields(housed, ['655'], data);
    expect(after).not.toHaveProperty(['address.zip_code']);
    expect(after).toHaveProperty(['address.street']);
  });

  it('finds nothing missing when the customer has all a bank requires', () => {
    expect(missingBankFields(bare, ['moneyplus'], data)).toEqual({});
  });
});
