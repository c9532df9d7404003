import { describe, expect, it } from 'vitest';
import { isValidCnpj } from '../numbers/cnpj.js';
import { isValidCpf } from '../numbers/cpf.js';
import { isLuhnValid } from '../numbers/luhn.js';
import { PersonalMasker } from './personal-masker.js';

const fields = { cpf: 'document', pan: 'pan', name: 'name', email: 'email', phone: 'phone', street: 'street', cep: 'postalCode' } as const;

describe('PersonalMasker', () => {
  it('maps the same document to the same valid fake, whatever its punctuation', () => {
    const masker = new PersonalMasker(7, fields);
    const punctuated = masker.mask('document', '529.982.247-25');
    const bare = masker.mask('document', '52998224725');
    expect(punctuated).toMatch(/^\d{3}\.\d{3}\.\d{3}-\d{2}$/);
    expect(bare).toBe(punctuated.replace(/\D/g, ''));
    expect(isValidCpf(bare)).toBe(true);
    expect(bare).not.toBe('52998224725');
    expect(isValidCnpj(masker.mask('document', '11.222.333/0001-81'))).toBe(true);
  });

  it('gives a PAN a Luhn-valid fake of the same BIN and length, padding kept, and leaves a masked display alone', () => {
    const masker = new PersonalMasker(7, fields);
    for (const pan of ['4000970100000013', '5031755734530604', '4000970100000000018']) {
      const fake = masker.mask('pan', pan);
      expect([fake.slice(0, 6), fake.length, isLuhnValid(fake), fake === pan]).toEqual([pan.slice(0, 6), pan.length, true, false]);
    }
    const padded = masker.mask('pan', '0004000970100000013');
    expect([padded.slice(0, 9), isLuhnValid(padded.slice(3))]).toEqual(['000400097', true]);
    expect(masker.mask('pan', '4000xxxxxxxx0013')).toBe('4000xxxxxxxx0013');
  });

  it('is seeded: the same seed and original give the same fake in another recording, another seed another fake', () => {
    const one = new PersonalMasker(7, fields).mask('name', 'MARIA APARECIDA SOUZA');
    expect(new PersonalMasker(7, fields).mask('name', 'MARIA APARECIDA SOUZA')).toBe(one);
    expect(new PersonalMasker(8, fields).mask('name', 'MARIA APARECIDA SOUZA')).not.toBe(one);
    expect(one).toBe(one.toUpperCase());
    expect(one.length).toBeLessThanOrEqual('MARIA APARECIDA SOUZA'.length);
  });

  it('masks personal keys at any depth and keeps every other value', () => {
    const masked = new PersonalMasker(3, fields).deep({
      customer: { cpf: '529.982.247-25', id: 7, people: [{ name: 'Ana Souza', email: 'ana@provedor.com.br', phone: 991234567, street: 'Rua A', cep: '59075-810' }] },
    }) as { customer: { cpf: string; id: number; people: Array<Record<string, unknown>> } };
    const [person] = masked.customer.people;
    expect(masked.customer.id).toBe(7);
    expect(masked.customer.cpf).not.toBe('529.982.247-25');
    expect(person?.name).not.toBe('Ana Souza');
    expect(person?.email).toMatch(/^[a-z.]+\d+@example\.com$/);
    expect(person?.phone).toEqual(expect.any(Number));
    expect(String(person?.phone)).toMatch(/^9\d{8}$/);
    expect(person?.cep).toMatch(/^\d{5}-\d{3}$/);
  });

  it('never gives two originals the same fake', () => {
    const masker = new PersonalMasker(1, fields);
    const fakes = new Set(Array.from({ length: 300 }, (_, i) => masker.mask('phone', `8499${String(i).padStart(7, '0')}`)));
    expect(fakes.size).toBe(300);
  });
});
