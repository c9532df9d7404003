import { readFileSync, writeFileSync } from 'node:fs';
import { exportOpenApi } from '../../contracts/export-openapi.js';
import { exportTypes } from '../../contracts/export-types.js';
import { loadContracts } from '../../contracts/load-contracts.js';
import { errorCodesMarkdown } from '../../contracts/error-codes-markdown.js';
import { operationsMarkdown } from '../../contracts/operations-markdown.js';
import type { ContractRegistry } from '../../contracts/contract-registry.js';
import type { ApiPlugin } from '../../plugin/api-plugin.js';
import { type CliIo, type Command, CliError } from '../command.js';
import { loadPlugins, pluginNamed } from '../load-plugins.js';
import { parseOptions } from '../parse-options.js';
import { pluginHelp, printHelp } from '../option-help.js';

const usage = 'clientela contracts list [--api NAME] | contracts check [--dir DIR] | contracts docs [--write-readme] | contracts export --api NAME [--format openapi|types] [--openapi-version 3.1|3.0] [-o FILE] [--plugin MODULE]...';

type Values = { api?: string; format?: string; 'openapi-version'?: string; output?: string; 'write-readme'?: boolean };
type Context = { registry: ContractRegistry; plugins: readonly ApiPlugin[]; values: Values; io: CliIo };

function list({ registry, plugins, values, io }: Context, check: boolean): number {
  const api = values.api === undefined ? undefined : pluginNamed(plugins, values.api, usage).name;
  const contracts = registry.contracts(api);
  if (check) {
    io.out(`${contracts.length} contracts are valid and compile`);
    return 0;
  }
  const mounts = new Map(plugins.map((plugin) => [plugin.name, plugin.mount]));
  for (const contract of contracts.sort((a, b) => a.api.localeCompare(b.api) || a.path.localeCompare(b.path))) {
    const path = `${mounts.get(contract.api) ?? ''}${contract.path}`;
    io.out(`${contract.method.padEnd(6)} ${path.padEnd(62)} ${contract.operationId.padEnd(24)} ${contract.summary}`);
  }
  return 0;
}

/** Replaces the text between `<!-- name:start -->` and `<!-- name:end -->` with `markdown`. */
function replaceBlock(readme: string, name: string, markdown: string): string {
  const marked = new RegExp(`(<!-- ${name}:start -->\\n)[\\s\\S]*?(\\n?<!-- ${name}:end -->)`);
  if (!marked.test(readme)) throw new CliError(`README.md has no <!-- ${name}:start --> … <!-- ${name}:end --> block`);
  return readme.replace(marked, (_m, start: string) => `${start}${markdown}\n<!-- ${name}:end -->`);
}

function docs({ registry, plugins, values, io }: Context): number {
  const operations = operationsMarkdown(registry, plugins);
  const errorCodes = errorCodesMarkdown(registry, plugins);
  if (!values['write-readme']) {
    io.out(`${operations}\n\n${errorCodes}`);
    return 0;
  }
  const readme = replaceBlock(replaceBlock(readFileSync('README.md', 'utf8'), 'operations', operations), 'error-codes', errorCodes);
  writeFileSync('README.md', readme);
  io.err('updated the operations and error-code tables in README.md');
  return 0;
}

async function exportContracts({ registry, plugins, values, io }: Context): Promise<number> {
  const plugin = pluginNamed(plugins, values.api, usage);
  let text: string;
  const version = values['openapi-version'] ?? '3.1';
  if (version !== '3.1' && version !== '3.0') throw new CliError(`--openapi-version must be 3.1 or 3.0\nusage: ${usage}`);
  const format = values.format ?? 'openapi';
  if (format === 'openapi') text = `${JSON.stringify(exportOpenApi(registry, plugin, { version }), null, 2)}\n`;
  else if (format === 'types') text = await exportTypes(registry, plugin.name);
  else throw new CliError(`--format must be openapi or types\nusage: ${usage}`);
  if (values.output) {
    writeFileSync(values.output, text);
    io.err(`wrote ${values.output}`);
  } else io.out(text.trimEnd());
  return 0;
}

/** `clientela contracts …`: list the operations, check the contract files, export OpenAPI 3.1 (or 3.0) or TypeScript types. */
export const contractsCommand: Command = {
  name: 'contracts',
  summary: 'list, check or export the contracts (OpenAPI 3.1, TypeScript types)',
  usage,
  async run(args, io) {
    const { values, positionals } = parseOptions(
      args,
      { api: { type: 'string' }, format: { type: 'string' }, 'openapi-version': { type: 'string' }, output: { type: 'string', short: 'o' }, dir: { type: 'string' }, 'write-readme': { type: 'boolean' }, plugin: { type: 'string', multiple: true } },
      usage,
    );
    if (values.help) {
      printHelp(io, usage, [
        { flag: '--api NAME', text: 'one API (list, export)' },
        { flag: '--format openapi|types', text: 'export an OpenAPI document (default) or TypeScript types' },
        { flag: '--openapi-version 3.1|3.0', text: 'the OpenAPI version exported (default 3.1)' },
        { flag: '-o, --output FILE', text: 'write the export to FILE (default: standard output)' },
        { flag: '--dir DIR', text: 'check the contracts of this folder' },
        { flag: '--write-readme', text: "docs: rewrite README.md's operations table" },
        pluginHelp,
      ]);
      return 0;
    }
    const plugins = await loadPlugins(args, process.env);
    const registry = values.dir ? loadContracts(values.dir) : loadContracts({ folders: plugins.map((plugin) => ({ api: plugin.name, dir: plugin.contractsDir })) });
    const context: Context = { registry, plugins, values, io };
    const action = positionals[0] ?? 'list';
    if (action === 'list' || action === 'check') return list(context, action === 'check');
    if (action === 'docs') return docs(context);
    if (action === 'export') return exportContracts(context);
    throw new CliError(`unknown action "${action}"\nusage: ${usage}`);
  },
};
