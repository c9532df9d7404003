import type { OptionSpec } from '../plugin/api-plugin.js';
import type { CliIo } from './command.js';

/** One line of a command's `--help`: the flag as typed, its environment variable, what it does. */
export type OptionHelp = { flag: string; env?: string; text: string };

/** `--plugin MODULE`, taken by every command that reads the APIs. */
export const pluginHelp: OptionHelp = { flag: '--plugin MODULE', env: 'CLIENTELA_PLUGINS', text: 'also load this API plug-in (repeatable; the variable is comma-separated)' };

/** A plug-in's flags as help lines: the spec's usage without brackets, its variable, its description. */
export function specHelp(specs: Record<string, OptionSpec>): OptionHelp[] {
  return Object.values(specs).map((spec) => ({
    flag: spec.usage.replace(/^\[|\](\.\.\.)?$/g, ''),
    ...(spec.env ? { env: spec.env } : {}),
    text: spec.description ?? '',
  }));
}

/**
 * Writes a command's help: its usage, then one line per option with its environment variable.
 * @example printHelp(io, 'clientela seed NAME', [{ flag: '--url URL', env: 'CLIENTELA_URL', text: 'the mock' }])
 */
export function printHelp(io: CliIo, usage: string, options: readonly OptionHelp[]): void {
  io.out(`usage: ${usage}\n\noptions:`);
  const width = Math.max(...options.map((option) => option.flag.length), 10);
  const envWidth = Math.max(...options.map((option) => (option.env ? option.env.length + 6 : 0)), 0);
  for (const option of [...options, { flag: '-h, --help', text: 'show this help' }]) {
    const env = option.env ? `[env ${option.env}]` : '';
    io.out(`  ${option.flag.padEnd(width)}  ${env.padEnd(envWidth)}  ${option.text}`.trimEnd());
  }
}
