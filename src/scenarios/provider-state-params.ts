import { isValidCpf } from '../numbers/cpf.js';

export type ProviderStateParams = Record<string, string>;

/** A parameter read, or why it cannot be. */
export type ParamRead<T> = { value: T } | { error: string };

/** `123` → `0000000000000000123`: consumers may write short numbers in state names. */
export function pad19(value: string): string {
  return /^\d{1,19}$/.test(value) ? value.padStart(19, '0') : value;
}

/**
 * A whole number (0 or more) from a state name or Pact params; ranges (organizations, counts) are the
 * scenario schema's to check, once the value is in a plan.
 * @example int('abc', 'count') // { error: 'count must be a whole number, got "abc"' }
 */
export function int(value: string | undefined, name: string, fallback?: number): ParamRead<number> {
  if (value === undefined && fallback !== undefined) return { value: fallback };
  if (value === undefined || !/^\d+$/.test(value.trim())) return { error: `${name} must be a whole number, got ${JSON.stringify(value)}` };
  return { value: Number(value) };
}

/** A customer, relationship or account number: 1 to 19 digits, zero padded to 19. */
export function number19(value: string | undefined, name: string): ParamRead<string> {
  if (value === undefined || !/^\d{1,19}$/.test(value)) return { error: `${name} must be 1 to 19 digits, got ${JSON.stringify(value)}` };
  return { value: pad19(value) };
}

/** A CPF with valid check digits, formatted (`000.000.000-00`) or bare (11 digits), as given. */
export function cpf(value: string | undefined, name: string): ParamRead<string> {
  if (value === undefined || !isValidCpf(value)) return { error: `${name} must be a CPF with valid check digits (000.000.000-00), got ${JSON.stringify(value)}` };
  return { value };
}

/** Reads a state's parameters; each bad one is kept in `errors` (and read as a stand-in value), never thrown. */
export type ParamReader = {
  errors: string[];
  int(name: string, fallback?: number): number;
  number19(name: string): string;
  cpf(name: string): string;
  text(name: string): string;
};

/**
 * A reader over `params`: build the plan with it, then look at `errors` before using the plan.
 * @example const read = paramReader({ count: 'x' }); read.int('count'); read.errors // ['count must be …']
 */
export function paramReader(params: ProviderStateParams): ParamReader {
  const errors: string[] = [];
  const take = <T>(read: ParamRead<T>, standIn: T): T => {
    if ('error' in read) {
      errors.push(read.error);
      return standIn;
    }
    return read.value;
  };
  return {
    errors,
    int: (name, fallback) => take(int(params[name], name, fallback), 0),
    number19: (name) => take(number19(params[name], name), ''),
    cpf: (name) => take(cpf(params[name], name), ''),
    text: (name) => params[name] ?? '',
  };
}
