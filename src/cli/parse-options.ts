import { parseArgs, type ParseArgsConfig } from 'node:util';
import { parseBytes } from '../state/format-bytes.js';
import { CliError } from './command.js';

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * `node:util` parseArgs with clientela's conventions: unknown flags are a clear CLI error naming the usage.
 * @example const { values, positionals } = parseOptions(args, { port: { type: 'string' } }, usage)
 */
export function parseOptions<O extends Options>(args: string[], options: O, usage: string) {
  try {
    return parseArgs({ args, options: { ...options, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
  } catch (error) {
    throw new CliError(`${(error as Error).message}\nusage: ${usage}`);
  }
}

/** An integer option (flag, then environment, then default) within `min`..`max`; a bad value is a CLI error. */
export function intOption(value: string | undefined, name: string, fallback: number, range: { min?: number; max?: number } = {}): number {
  if (value === undefined || value === '') return fallback;
  const number = Number(value);
  const { min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER } = range;
  if (!/^-?\d+$/.test(value.trim()) || number < min || number > max) {
    throw new CliError(`--${name} must be a whole number from ${min} to ${max}, got "${value}"`);
  }
  return number;
}

/** A size flag (`512MB`, `2GB`, bytes without a unit); undefined when not given, a CLI error when it is not a size. */
export function bytesOption(value: string | undefined, name: string): number | undefined {
  if (value === undefined || value === '') return undefined;
  const bytes = parseBytes(value);
  if (bytes === undefined || bytes < 1) throw new CliError(`--${name} must be a size such as 512MB or 2GB, got "${value}"`);
  return bytes;
}

/** `--param KEY=VALUE` pairs as a record; a pair without `=` is a CLI error. */
export function keyValueOptions(pairs: string[] | undefined, flag = 'param'): Record<string, string> {
  const values: Record<string, string> = {};
  for (const pair of pairs ?? []) {
    const at = pair.indexOf('=');
    if (at < 1) throw new CliError(`--${flag} takes KEY=VALUE, got "${pair}"`);
    values[pair.slice(0, at)] = pair.slice(at + 1);
  }
  return values;
}
