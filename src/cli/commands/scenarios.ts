import { readFileSync } from 'node:fs';
import { loadScenarioFile } from '../../scenarios/load-scenario.js';
import { ScenarioCatalogue } from '../../scenarios/scenario-catalogue.js';
import { ProblemError } from '../../problems/problem.js';
import { type CliIo, type Command, CliError } from '../command.js';
import { loadPlugins } from '../load-plugins.js';
import { parseOptions } from '../parse-options.js';
import { scenarioPartsOf } from '../../scenarios/scenario-parts.js';
import { pluginHelp, printHelp } from '../option-help.js';

const usage = 'clientela scenarios list | show NAME | check [FILE...] [--dir DIR] [--plugin MODULE]...';

function list(catalogue: ScenarioCatalogue, io: CliIo): number {
  for (const name of catalogue.names()) {
    const { scenario, raw } = catalogue.get(name);
    const params = Object.entries(raw.parameters ?? {}).map(([key, spec]) => `${key}=${String(spec.default)}`);
    io.out(`${name.padEnd(28)} ${scenario.description.split(/(?<=\.)\s/)[0]}${params.length ? `  [${params.join(' ')}]` : ''}`);
  }
  return 0;
}

function check(catalogue: ScenarioCatalogue, files: string[], io: CliIo): number {
  const checked = files.length ? files : catalogue.names().flatMap((name) => catalogue.file(name) ?? []);
  let failed = 0;
  for (const file of checked) {
    const result = loadScenarioFile(file, catalogue.parts);
    if (result.ok) io.out(`ok   ${file}`);
    else {
      failed++;
      for (const error of result.errors) io.err(error);
    }
  }
  return failed ? 1 : 0;
}

function run(catalogue: ScenarioCatalogue, action: string, rest: string[], io: CliIo): number {
  if (action === 'list') return list(catalogue, io);
  if (action === 'check') return check(catalogue, rest, io);
  if (action !== 'show') throw new CliError(`unknown action "${action}"\nusage: ${usage}`);
  const name = rest[0];
  if (!name) throw new CliError(`show needs a scenario name\nusage: ${usage}`);
  io.out(readFileSync(catalogue.get(name).file, 'utf8').trimEnd());
  return 0;
}

/** `clientela scenarios …`: list the scenarios, show one (its YAML), or check files. */
export const scenariosCommand: Command = {
  name: 'scenarios',
  summary: 'list, show or check the QA scenarios (data/scenarios/*.yaml)',
  usage,
  async run(args, io) {
    const { values, positionals } = parseOptions(args, { dir: { type: 'string' }, plugin: { type: 'string', multiple: true } }, usage);
    if (values.help) {
      printHelp(io, usage, [{ flag: '--dir DIR', text: 'where scenario files are read (default data/scenarios/)' }, pluginHelp]);
      return 0;
    }
    const catalogue = new ScenarioCatalogue(scenarioPartsOf(await loadPlugins(args, process.env)), values.dir);
    const [action = 'list', ...rest] = positionals;
    try {
      return run(catalogue, action, rest, io);
    } catch (error) {
      if (error instanceof ProblemError) throw new CliError(error.message);
      throw error;
    }
  },
};
