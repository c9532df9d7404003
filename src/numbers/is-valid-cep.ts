/**
 * True for a CEP written `00000-000` (the format both APIs' examples use). All-zero CEPs are not real.
 * @example isValidCep('59075-810') // true
 */
export function isValidCep(value: string): boolean {
  return /^\d{5}-\d{3}$/.test(value) && value !== '00000-000';
}
