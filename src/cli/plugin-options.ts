import type { ParseArgsConfig } from 'node:util';
import type { OptionSpec, OptionValues } from '../plugin/api-plugin.js';

type ArgsOptions = NonNullable<ParseArgsConfig['options']>;

/** Plug-in flags in `node:util` parseArgs form. */
export function argsOptions(specs: Record<string, OptionSpec>): ArgsOptions {
  return Object.fromEntries(Object.entries(specs).map(([name, spec]) => [name, { type: spec.type, ...(spec.multiple ? { multiple: true } : {}) }]));
}

/**
 * The values of plug-in flags, each falling back to its environment variable: a string as is, a boolean when the
 * variable is `1`, a multiple flag split at commas.
 */
export function withEnvironment(specs: Record<string, OptionSpec>, values: OptionValues, env: NodeJS.ProcessEnv): OptionValues {
  const out: OptionValues = {};
  for (const [name, spec] of Object.entries(specs)) {
    const given = values[name];
    const fallback = spec.env ? env[spec.env] : undefined;
    if (given !== undefined || fallback === undefined) out[name] = given;
    else if (spec.type === 'boolean') out[name] = fallback === '1';
    else out[name] = spec.multiple ? fallback.split(',') : fallback;
  }
  return out;
}

/** The usage text of plug-in flags: each spec's own. */
export function optionsUsage(specs: Record<string, OptionSpec>): string {
  return Object.values(specs).map((spec) => spec.usage).join(' ');
}
