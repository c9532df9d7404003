import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { builtInPlugins } from '../../mock/plugins.js';
import type { ApiPlugin } from '../plugin/api-plugin.js';
import { CliError } from './command.js';

/** The `--plugin MODULE` values in `args` (before any parsing: they decide which flags exist). */
function pluginArgs(args: readonly string[]): string[] {
  const modules: string[] = [];
  args.forEach((arg, i) => {
    if (arg === '--plugin' && args[i + 1] !== undefined) modules.push(args[i + 1] as string);
    else if (arg.startsWith('--plugin=')) modules.push(arg.slice('--plugin='.length));
  });
  return modules;
}

function isPlugin(value: unknown): value is ApiPlugin {
  const plugin = value as Partial<ApiPlugin> | undefined;
  return typeof plugin?.name === 'string' && typeof plugin.mount === 'string' && typeof plugin.create === 'function' && typeof plugin.contractsDir === 'string';
}

async function importPlugin(spec: string): Promise<ApiPlugin> {
  const url = spec.startsWith('.') || spec.startsWith('/') ? pathToFileURL(resolve(spec)).href : spec;
  let module: Record<string, unknown>;
  try {
    module = (await import(url)) as Record<string, unknown>;
  } catch (error) {
    throw new CliError(`--plugin ${spec} cannot be loaded: ${(error as Error).message}`);
  }
  const plugin = module.plugin ?? module.default;
  if (!isPlugin(plugin)) throw new CliError(`--plugin ${spec} exports no plug-in (\`export const plugin = definePlugin({ name, mount, contractsDir, create, … })\`)`);
  return plugin;
}

/**
 * The APIs a command works with: the built-in ones and every `--plugin MODULE` (a path or a package name; also
 * `CLIENTELA_PLUGINS`, comma-separated), whose module exports `plugin` (or a default export).
 * @example await loadPlugins(['--plugin', './acme/acme-plugin.ts'], process.env)
 */
export async function loadPlugins(args: readonly string[], env: NodeJS.ProcessEnv): Promise<readonly ApiPlugin[]> {
  const specs = [...pluginArgs(args), ...(env.CLIENTELA_PLUGINS ? env.CLIENTELA_PLUGINS.split(',').filter(Boolean) : [])];
  if (specs.length === 0) return builtInPlugins;
  return [...builtInPlugins, ...(await Promise.all(specs.map(importPlugin)))];
}

/** The plug-in named `name`, or a CLI error listing the known ones. */
export function pluginNamed(plugins: readonly ApiPlugin[], name: unknown, usage: string): ApiPlugin {
  const found = plugins.find((plugin) => plugin.name === name);
  if (!found) throw new CliError(`--api must be ${plugins.map((plugin) => plugin.name).join(' or ')}\nusage: ${usage}`);
  return found;
}
