import type { MockServer } from '../../../mock/server.js';
import { ProblemError } from '../../problems/problem.js';
import { listen } from '../listen.js';
import { printBanner, serveOptions, serveSettings } from '../serve-settings.js';
import { type Command, CliError } from '../command.js';
import { parseOptions } from '../parse-options.js';
import { progressBar } from '../progress-bar.js';
import { startupScenarios } from '../startup-scenarios.js';
import { ScenarioCatalogue } from '../../scenarios/scenario-catalogue.js';
import type { StartupScenario } from '../../../mock/scenarios/startup-scenarios.js';

const usage =
  'clientela serve [--port 4010] [--host 127.0.0.1] [--seed N] [--strict] [--data-file FILE] [--body-limit 1mb] ' +
  '[--api-key K --api-secret S] [--token-ttl SECONDS] [--require-signature] [--signature-window SECONDS] [--pan-display masked|token|full] ' +
  '[--organizations FILE] ' +
  '[--credere-token KEY]... [--replace-collections] [--bank-requirements FILE] ' +
  '[--scenario NAME[,NAME]] [--param KEY=VALUE]... [--scenarios-dir DIR] [--admin-token T] [--journal-size 1000] ' +
  '[--sandbox-max 100] [--sandbox-idle 1800]';

function problemAsCliError(error: unknown): never {
  if (error instanceof ProblemError) throw new CliError(`${error.problem.title}: ${error.message}`);
  throw error;
}

/** `clientela serve`: starts the mock of both APIs (the only place, with `seed`, that listens). */
export const serveCommand: Command = {
  name: 'serve',
  summary: 'start the mock (both APIs) on 127.0.0.1:4010',
  usage,
  async run(args, io) {
    const { values } = parseOptions(args, serveOptions, usage);
    if (values.help) {
      io.out(`usage: ${usage}`);
      return 0;
    }
    const settings = serveSettings(values, process.env);
    const catalogue = new ScenarioCatalogue(settings.mock.scenariosDir);
    const scenarioNames = values.scenario ?? (process.env.CLIENTELA_SCENARIOS ? [process.env.CLIENTELA_SCENARIOS] : undefined);
    let scenarios: StartupScenario[] = [];
    try {
      scenarios = startupScenarios(scenarioNames, values.param, catalogue);
    } catch (error) {
      problemAsCliError(error);
    }
    // Loaded here, not at the top, so other commands start without building the mock.
    const { createMockServer } = await import('../../../mock/server.js');
    let showProgress = true;
    const started = performance.now();
    let mock: MockServer;
    try {
      mock = createMockServer({
        ...settings.mock,
        scenarios,
        onScenarioProgress: (name) => (showProgress ? progressBar(process.stderr, `loading ${name}`) : undefined),
        log: (line) => io.err(line),
      });
    } catch (error) {
      problemAsCliError(error);
    }
    // Sandboxes created later (and resets) load the same scenarios without a bar.
    showProgress = false;
    if (scenarios.length) {
      const memory = process.memoryUsage();
      const ms = Math.round(performance.now() - started);
      io.err(`loaded ${scenarios.map((s) => s.name).join(', ')} in ${ms} ms (rss ${Math.round(memory.rss / 2 ** 20)} MB, heap ${Math.round(memory.heapUsed / 2 ** 20)} MB)`);
    }
    await mock.sandboxes.get().db.open();
    const { url: base, stop } = await listen(mock.app, settings.port, settings.host);
    printBanner(io, base, settings);
    await new Promise<void>((resolve) => {
      const onSignal = (): void => void stop().then(resolve);
      process.once('SIGINT', onSignal);
      process.once('SIGTERM', onSignal);
    });
    await mock.sandboxes.get().db.flush();
    return 0;
  },
};
