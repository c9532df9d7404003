import type { MockServer } from '../../../mock/server.js';
import { ProblemError } from '../../problems/problem.js';
import cluster from 'node:cluster';
import { listen } from '../listen.js';
import { runWorkers } from '../serve-workers.js';
import { loadPlugins } from '../load-plugins.js';
import { scenarioPartsOf } from '../../scenarios/scenario-parts.js';
import { optionsUsage } from '../plugin-options.js';
import { printBanner, serveOptions, type ServeSettings, serveSettings } from '../serve-settings.js';
import { type CliIo, type Command, CliError } from '../command.js';
import { parseOptions } from '../parse-options.js';
import { progressBar } from '../progress-bar.js';
import { startupScenarios } from '../startup-scenarios.js';
import { scenarioFileArgs } from '../scenario-file-args.js';
import { ScenarioCatalogue } from '../../scenarios/scenario-catalogue.js';
import type { StartupScenario } from '../../../mock/scenarios/startup-scenarios.js';
import { type OptionHelp, pluginHelp, printHelp, specHelp } from '../option-help.js';
import { untilSignal } from '../until-signal.js';

const coreUsage =
  'clientela serve [--port 4010] [--host 127.0.0.1] [--seed N] [--clock ISO] [--strict] [--data-file FILE] [--state redis://HOST:PORT[/DB]] [--workers N|auto] [--body-limit 1mb] [--no-cors] [--plugin MODULE]... ';
const scenarioUsage =
  '[--scenario NAME[,NAME]] [--param KEY=VALUE]... [--scenarios-dir DIR] [--admin-token T] [--journal-size 1000] [--sandbox-max 100] [--sandbox-idle 1800] [--sandbox-memory SIZE]';

const coreHelp: OptionHelp[] = [
  { flag: '--port N', env: 'PORT', text: 'port to listen on (default 4010; 0 picks a free one)' },
  { flag: '--host H', env: 'CLIENTELA_HOST', text: 'address to bind (default 127.0.0.1; another needs --admin-token)' },
  { flag: '--seed N', env: 'CLIENTELA_SEED', text: 'seed of every random value (default 1)' },
  { flag: '--clock ISO', env: 'CLIENTELA_CLOCK', text: "start the default sandbox's clock at this instant" },
  { flag: '--strict', env: 'CLIENTELA_STRICT=1', text: 'check every answer against its contract' },
  { flag: '--data-file FILE', text: 'persist the default sandbox to this JSON file' },
  { flag: '--state URL', env: 'CLIENTELA_STATE', text: 'keep every sandbox and the journal in Redis (redis://HOST:PORT[/DB]), shared by instances' },
  { flag: '--workers N|auto', env: 'CLIENTELA_WORKERS', text: 'processes serving the port (default 1; auto: one per core; >1 needs --state)' },
  { flag: '--body-limit SIZE', text: 'largest request body (default 1mb)' },
  { flag: '--no-cors', env: 'CLIENTELA_CORS=0', text: 'no CORS headers, no preflight answers (default: on, as Prism)' },
  { flag: '--sandbox-key KEY', env: 'CLIENTELA_SANDBOX_KEY', text: 'key (X-Clientela-Sandbox-Key) that lets an API call create a new sandbox' },
  pluginHelp,
];
const scenarioHelp: OptionHelp[] = [
  { flag: '--scenario NAME[,NAME]', env: 'CLIENTELA_SCENARIOS', text: 'scenarios loaded into every sandbox at start (repeatable; a FILE.yaml is read from its folder)' },
  { flag: '--param KEY=VALUE', text: 'a scenario parameter (repeatable)' },
  { flag: '--scenarios-dir DIR', text: 'where scenario files are read (default data/scenarios/)' },
  { flag: '--admin-token T', env: 'CLIENTELA_ADMIN_TOKEN', text: 'every /__admin and /__docs call needs it' },
  { flag: '--journal-size N', env: 'CLIENTELA_JOURNAL_SIZE', text: 'requests kept in the journal (default 1000; 0 turns it off)' },
  { flag: '--sandbox-max N', env: 'CLIENTELA_SANDBOX_MAX', text: 'live sandboxes at most (default 100)' },
  { flag: '--sandbox-idle SECONDS', env: 'CLIENTELA_SANDBOX_IDLE', text: 'an idle sandbox is dropped after this (default 1800)' },
  { flag: '--sandbox-memory SIZE', env: 'CLIENTELA_SANDBOX_MEMORY', text: 'memory all sandboxes may take, e.g. 512MB (default half the heap limit)' },
];

function usageOf(plugins: ReadonlyArray<{ cli?: { options: Parameters<typeof optionsUsage>[0] } }>): string {
  return `${coreUsage}${plugins.map((plugin) => optionsUsage(plugin.cli?.options ?? {})).filter(Boolean).join(' ')} ${scenarioUsage}`;
}

function problemAsCliError(error: unknown): never {
  if (error instanceof ProblemError) throw new CliError(`${error.problem.title}: ${error.message}`);
  throw error;
}

/** Builds the mock with its start-up scenarios loaded into the default sandbox (a bar per scenario on stderr). */
async function startMock(settings: ServeSettings, scenarios: StartupScenario[], io: CliIo): Promise<MockServer> {
  // Loaded here, not at the top, so other commands start without building the mock.
  const { createMockServer } = await import('../../../mock/server.js');
  let showProgress = true;
  const started = performance.now();
  try {
    const mock = createMockServer({
      ...settings.mock,
      scenarios,
      onScenarioProgress: (name) => (showProgress ? progressBar(process.stderr, `loading ${name}`) : undefined),
      log: (line) => io.err(line),
    });
    await mock.sandboxes.get();
    // Sandboxes created later (and resets) load the same scenarios without a bar.
    showProgress = false;
    if (scenarios.length) {
      const memory = process.memoryUsage();
      const ms = Math.round(performance.now() - started);
      io.err(`loaded ${scenarios.map((s) => s.name).join(', ')} in ${ms} ms (rss ${Math.round(memory.rss / 2 ** 20)} MB, heap ${Math.round(memory.heapUsed / 2 ** 20)} MB)`);
    }
    return mock;
  } catch (error) {
    problemAsCliError(error);
  }
}

/** `clientela serve`: starts the mock of every API (the only place, with `seed`, that listens). */
export const serveCommand: Command = {
  name: 'serve',
  summary: 'start the mock (every API) on 127.0.0.1:4010',
  usage: `${coreUsage}${scenarioUsage}`,
  async run(args, io) {
    const plugins = await loadPlugins(args, process.env);
    const usage = usageOf(plugins);
    const { values } = parseOptions(args, serveOptions(plugins), usage);
    if (values.help) {
      printHelp(io, usage, [...coreHelp, ...plugins.flatMap((plugin) => specHelp(plugin.cli?.options ?? {})), ...scenarioHelp]);
      return 0;
    }
    const given = serveSettings(plugins, values, process.env);
    const files = scenarioFileArgs(values.scenario ?? (process.env.CLIENTELA_SCENARIOS ? [process.env.CLIENTELA_SCENARIOS] : undefined), given.mock.scenariosDir);
    const settings: ServeSettings = files.dir ? { ...given, mock: { ...given.mock, scenariosDir: files.dir } } : given;
    if (settings.workers > 1 && cluster.isPrimary) {
      // The workers build the mock and load scenarios; the primary only forks them and prints the banner.
      const apis = plugins.map((plugin) => ({ plugin, config: { ...(plugin.defaultConfig as object), ...settings.mock.config[plugin.name] } }));
      return runWorkers(settings.workers, io, (base) => printBanner(io, base, settings, apis));
    }
    const catalogue = new ScenarioCatalogue(scenarioPartsOf(plugins), settings.mock.scenariosDir);
    const scenarioNames = files.names;
    let scenarios: StartupScenario[] = [];
    try {
      scenarios = startupScenarios(scenarioNames, values.param, catalogue);
    } catch (error) {
      problemAsCliError(error);
    }
    const mock = await startMock(settings, scenarios, io);
    const { url: base, stop } = await listen(mock.app, settings.port, settings.host);
    if (cluster.isPrimary) printBanner(io, base, settings, mock.apis);
    await untilSignal(stop);
    await (await mock.sandboxes.get()).state.flush();
    await mock.disconnect();
    // A worker's channel to the primary would keep it alive: let go of it so the process ends.
    cluster.worker?.disconnect();
    return 0;
  },
};
