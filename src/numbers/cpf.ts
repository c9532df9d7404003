/** Digits only: "529.982.247-25" → "52998224725". */
export function onlyDigits(value: string): string {
  return value.replace(/\D/g, '');
}

function mod11Digit(digits: string, firstWeight: number): number {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) sum += Number(digits[i]) * (firstWeight - i);
  const rest = (sum * 10) % 11;
  return rest === 10 ? 0 : rest;
}

/** The two check digits of a 9-digit CPF base. */
export function cpfCheckDigits(base9: string): string {
  const d1 = mod11Digit(base9, 10);
  const d2 = mod11Digit(base9 + d1, 11);
  return `${d1}${d2}`;
}

/**
 * True when `value` is a CPF with valid check digits, formatted (`000.000.000-00`) or bare (11 digits).
 * Repeated digits (`111.111.111-11`) are rejected, as the Receita does.
 * @example isValidCpf('529.982.247-25') // true
 */
export function isValidCpf(value: string): boolean {
  if (!/^(\d{3}\.\d{3}\.\d{3}-\d{2}|\d{11})$/.test(value)) return false;
  const digits = onlyDigits(value);
  if (/^(\d)\1{10}$/.test(digits)) return false;
  return cpfCheckDigits(digits.slice(0, 9)) === digits.slice(9);
}

/** `52998224725` → `529.982.247-25`. */
export function formatCpf(digits: string): string {
  return `${digits.slice(0, 3)}.${digits.slice(3, 6)}.${digits.slice(6, 9)}-${digits.slice(9, 11)}`;
}

/** A valid formatted CPF from a source of random integers (seeded by the caller). */
export function generateCpf(randomInt: (max: number) => number): string {
  let base = '';
  do {
    base = '';
    for (let i = 0; i < 9; i++) base += String(randomInt(10));
  } while (/^(\d)\1{8}$/.test(base));
  return formatCpf(base + cpfCheckDigits(base));
}
