import { describe, expect, it } from 'vitest';
import { seededRandom } from '../fake/seeded-random.js';
import { generateCnpj, isValidCnpj } from './cnpj.js';
import { generateCpf, isValidCpf } from './cpf.js';

describe('document generators', () => {
  it('generates valid CPFs and CNPJs, the same for the same seed', () => {
    const a = seededRandom(7);
    const b = seededRandom(7);
    for (let i = 0; i < 200; i++) {
      const cpf = generateCpf(a.int);
      expect(isValidCpf(cpf)).toBe(true);
      expect(generateCpf(b.int)).toBe(cpf);
      expect(isValidCnpj(generateCnpj(a.int))).toBe(true);
      generateCnpj(b.int);
    }
  });
});
