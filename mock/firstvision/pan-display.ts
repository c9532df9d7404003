import type { FirstVisionConfig } from './firstvision-config.js';

const MODULUS = 10n ** 19n;
// An odd multiplier not divisible by 5 is invertible modulo 10^19, so the token can be read back.
const MULTIPLIER = 7_919_000_000_000_000_003n;
const OFFSET = 1_234_567_890_123_456_789n;

function inverse(value: bigint, modulus: bigint): bigint {
  let [a, b, x, y] = [value % modulus, modulus, 1n, 0n];
  while (b !== 0n) {
    const q = a / b;
    [a, b, x, y] = [b, a - q * b, y, x - q * y];
  }
  return ((x % modulus) + modulus) % modulus;
}
const MULTIPLIER_INVERSE = inverse(MULTIPLIER, MODULUS);

/**
 * The 19-character PAN token (FirstVision PAN Token style, e.g. `13A0F5K2Q9ZLM3X1234`): 2 digits of PAN length,
 * 13 base-36 characters of the scrambled PAN, its last 4 digits. Deterministic and reversible by the mock only.
 */
export function panToken(pan: string): string {
  const scrambled = (BigInt(pan) * MULTIPLIER + OFFSET) % MODULUS;
  return `${String(pan.length).padStart(2, '0')}${scrambled.toString(36).toUpperCase().padStart(13, '0')}${pan.slice(-4)}`;
}

/** The PAN behind a token made by `panToken`, or undefined when `token` is not one. */
export function panFromToken(token: string): string | undefined {
  const match = /^(\d{2})([0-9A-Z]{13})(\d{4})$/.exec(token);
  if (!match) return undefined;
  const [, length, body, last4] = match as unknown as [string, string, string, string];
  let scrambled = 0n;
  for (const char of body.toLowerCase()) scrambled = scrambled * 36n + BigInt(parseInt(char, 36));
  if (scrambled >= MODULUS) return undefined;
  const pan = String((((scrambled - OFFSET) % MODULUS + MODULUS) % MODULUS * MULTIPLIER_INVERSE) % MODULUS).padStart(Number(length), '0');
  return pan.length === Number(length) && pan.endsWith(last4) ? pan : undefined;
}

/** A masked PAN: first 4 and last 4 digits, `x` between (`0581xxxxxxx5846` style). */
export function maskPan(pan: string): string {
  return `${pan.slice(0, 4)}${'x'.repeat(Math.max(0, pan.length - 8))}${pan.slice(-4)}`;
}

/** A card number as it leaves the mock, per `panDisplay`. Full PANs only when configured. */
export function displayPan(pan: string, mode: FirstVisionConfig['panDisplay']): string {
  if (mode === 'full') return pan;
  return mode === 'token' ? panToken(pan) : maskPan(pan);
}
