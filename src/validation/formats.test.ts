import { describe, expect, it } from 'vitest';
import { createAjv } from './create-ajv.js';

const ajv = createAjv();

const cases: Array<[format: string, value: string, valid: boolean]> = [
  ['cpf', '529.982.247-25', true],
  ['cpf', '52998224725', true],
  ['cpf', '529.982.247-24', false],
  ['cpf', '529.982.247-52', false],
  ['cpf', '111.111.111-11', false],
  ['cpf', '000.000.000-00', false],
  ['cpf', '529.982.24725', false],
  ['cpf', '5299822472', false],
  ['cnpj', '11.222.333/0001-81', true],
  ['cnpj', '11222333000181', true],
  ['cnpj', '11.222.333/0001-80', false],
  ['cnpj', '00.000.000/0000-00', false],
  ['cnpj', '11.222.333/000181', false],
  ['cpf-cnpj', '529.982.247-25', true],
  ['cpf-cnpj', '11.222.333/0001-81', true],
  ['cpf-cnpj', '12345', false],
  ['cep', '59075-810', true],
  ['cep', '59075810', false],
  ['cep', '5907-5810', false],
  ['cep', '00000-000', false],
  ['date-br', '01/01/2000', true],
  ['date-br', '29/02/2024', true],
  ['date-br', '29/02/2023', false],
  ['date-br', '31/04/2020', false],
  ['date-br', '00/01/2020', false],
  ['date-br', '2000-01-01', false],
  ['date-br', '1/1/2000', false],
  ['date', '2032-10-28', true],
  ['date', '2023-02-30', false],
  ['org-logo', '970', true],
  ['org-logo', '001', true],
  ['org-logo', '998', true],
  ['org-logo', '999', false],
  ['org-logo', '000', false],
  ['org-logo', '1000', false],
  ['org-logo', 'abc', false],
];

describe('custom formats', () => {
  it.each(cases)('%s %j is valid: %s', (format, value, valid) => {
    const validate = ajv.compile({ type: 'string', format });
    expect(validate(value)).toBe(valid);
  });
});
