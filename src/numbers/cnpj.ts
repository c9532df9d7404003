import { onlyDigits } from './cpf.js';

const WEIGHTS_1 = [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2];
const WEIGHTS_2 = [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2];

function digitFor(digits: string, weights: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < weights.length; i++) sum += Number(digits[i]) * (weights[i] ?? 0);
  const rest = sum % 11;
  return rest < 2 ? 0 : 11 - rest;
}

/** The two check digits of a 12-digit CNPJ base. */
export function cnpjCheckDigits(base12: string): string {
  const d1 = digitFor(base12, WEIGHTS_1);
  const d2 = digitFor(base12 + d1, WEIGHTS_2);
  return `${d1}${d2}`;
}

/**
 * True when `value` is a CNPJ with valid check digits, formatted (`00.000.000/0000-00`) or bare (14 digits).
 * @example isValidCnpj('11.222.333/0001-81') // true
 */
export function isValidCnpj(value: string): boolean {
  if (!/^(\d{2}\.\d{3}\.\d{3}\/\d{4}-\d{2}|\d{14})$/.test(value)) return false;
  const digits = onlyDigits(value);
  if (/^(\d)\1{13}$/.test(digits)) return false;
  return cnpjCheckDigits(digits.slice(0, 12)) === digits.slice(12);
}

/** `11222333000181` → `11.222.333/0001-81`. */
export function formatCnpj(digits: string): string {
  return `${digits.slice(0, 2)}.${digits.slice(2, 5)}.${digits.slice(5, 8)}/${digits.slice(8, 12)}-${digits.slice(12, 14)}`;
}

/** A valid formatted CNPJ (branch 0001) from a source of random integers. */
export function generateCnpj(randomInt: (max: number) => number): string {
  let base = '';
  for (let i = 0; i < 8; i++) base += String(randomInt(10));
  base += '0001';
  return formatCnpj(base + cnpjCheckDigits(base));
}
