import { formatVerifyReport, verifyJunitCases } from '../../pact/format-verify-report.js';
import { junitXml } from '../../report/junit-xml.js';
import type { ProviderCredentials } from '../../pact/replay-auth.js';
import { readPactFiles } from '../../pact/read-pact-files.js';
import { runSandbox } from '../../pact/run-sandbox.js';
import type { ApiPlugin, ContractTestingSupport, OptionValues } from '../../plugin/api-plugin.js';
import { writeReport } from '../write-report.js';
import { listen } from '../listen.js';
import { type Command, CliError } from '../command.js';
import { onInterrupt } from '../on-interrupt.js';
import { loadPlugins } from '../load-plugins.js';
import { intOption, parseOptions } from '../parse-options.js';
import { argsOptions, withEnvironment } from '../plugin-options.js';
import { type OptionHelp, pluginHelp, printHelp, specHelp } from '../option-help.js';

const coreOptions = {
  pact: { type: 'string', multiple: true },
  url: { type: 'string' },
  'sandbox-per-run': { type: 'boolean' },
  junit: { type: 'string' },
  seed: { type: 'string' },
  'admin-token': { type: 'string' },
  'no-reset': { type: 'boolean' },
  'log-level': { type: 'string' },
  plugin: { type: 'string', multiple: true },
} as const;

const coreHelp: OptionHelp[] = [
  { flag: '--pact FILE|DIR', text: 'a pact file, or a folder of them (repeatable; also as arguments)' },
  { flag: '--url URL', text: 'verify a running mock (or any provider) instead of starting one' },
  { flag: '--sandbox-per-run', text: 'accepted for older scripts: every run uses a fresh sandbox of its own, removed at the end' },
  { flag: '--junit FILE', text: 'write a JUnit XML report' },
  { flag: '--seed N', env: 'CLIENTELA_SEED', text: 'seed of the mock started (default 1)' },
  { flag: '--admin-token T', env: 'CLIENTELA_ADMIN_TOKEN', text: "the provider's admin token (with --url)" },
  { flag: '--no-reset', text: 'do not reset the provider before each interaction' },
  { flag: '--log-level LEVEL', text: 'Pact verifier log level: trace, debug, info, warn (default), error' },
  pluginHelp,
];

type Provider = { url: string; credentials: ProviderCredentials; stop: () => Promise<void> };
type Tested = { plugin: ApiPlugin; testing: ContractTestingSupport<unknown> };

function tested(plugins: readonly ApiPlugin[]): Tested[] {
  return plugins.flatMap((plugin) => (plugin.testing ? [{ plugin, testing: plugin.testing as ContractTestingSupport<unknown> }] : []));
}

function usageOf(plugins: readonly ApiPlugin[]): string {
  const flags = tested(plugins).map(({ testing }) => testing.verify.usage).join(' ');
  return `clientela verify --pact <file|dir>... [--url URL] [--sandbox-per-run] [--junit FILE] [--seed N] ${flags} [--admin-token T] [--no-reset] [--log-level warn] [--plugin MODULE]...`;
}

/** Starts the mock on 127.0.0.1 and a free port, configured to accept the credentials, or uses `--url`. */
async function provider(url: string | undefined, seed: number, plugins: readonly ApiPlugin[], credentials: ProviderCredentials): Promise<Provider> {
  if (url) return { url: url.replace(/\/+$/, ''), credentials, stop: async () => undefined };
  // Loaded here, not at the top, so other commands start without building the mock.
  const { createMockServer } = await import('../../../mock/server.js');
  const config = Object.fromEntries(tested(plugins).map(({ plugin, testing }) => [plugin.name, (testing.verify.providerConfig?.(credentials.apis[plugin.name]) ?? {}) as object]));
  const mock = createMockServer({ plugins, seed, strict: true, config });
  await mock.sandboxes.get();
  const listening = await listen(mock.app, 0, '127.0.0.1');
  const apis: Record<string, unknown> = { ...credentials.apis };
  for (const { plugin, testing } of tested(plugins)) {
    const replay = testing.verify.providerCredentials;
    if (replay) apis[plugin.name] = replay(credentials.apis[plugin.name], mock.api(plugin.name).config);
  }
  return { url: listening.url, credentials: { ...credentials, apis }, stop: listening.stop };
}

function credentialsOf(plugins: readonly ApiPlugin[], values: OptionValues, env: NodeJS.ProcessEnv): ProviderCredentials {
  const apis: Record<string, unknown> = {};
  for (const { plugin, testing } of tested(plugins)) apis[plugin.name] = testing.verify.credentials(withEnvironment(testing.verify.options, values, env));
  const adminToken = (values['admin-token'] as string | undefined) ?? env.CLIENTELA_ADMIN_TOKEN;
  return { apis, ...(adminToken ? { adminToken } : {}) };
}

/** `clientela verify`: replays pacts against the mock (or `--url`), provider states resolved by the scenarios. */
export const verifyCommand: Command = {
  name: 'verify',
  summary: 'verify pact files against the mock (provider states = scenarios)',
  usage: 'clientela verify --pact <file|dir>... [--url URL] [--sandbox-per-run] [--junit FILE] [--seed N] [credentials] [--admin-token T] [--no-reset] [--log-level warn]',
  async run(args, io) {
    const plugins = await loadPlugins(args, process.env);
    const usage = usageOf(plugins);
    const apiFlags: ReturnType<typeof argsOptions> = Object.assign({}, ...tested(plugins).map(({ testing }) => argsOptions(testing.verify.options)));
    const parsed = parseOptions(args, { ...apiFlags, ...coreOptions }, usage);
    const values = parsed.values as typeof parsed.values & OptionValues;
    const positionals = parsed.positionals;
    if (values.help) {
      printHelp(io, usage, [...coreHelp, ...tested(plugins).flatMap(({ testing }) => specHelp(testing.verify.options))]);
      return 0;
    }
    const pacts = [...(values.pact ?? []), ...positionals];
    if (pacts.length === 0) throw new CliError(`name at least one pact file or folder with --pact\nusage: ${usage}`);
    const logLevel = values['log-level'] ?? 'warn';
    if (!['trace', 'debug', 'info', 'warn', 'error'].includes(logLevel)) throw new CliError(`--log-level must be trace, debug, info, warn or error`);
    // The pacts are read first: a missing or broken one fails before a mock starts.
    try {
      readPactFiles(pacts);
    } catch (error) {
      throw new CliError((error as Error).message);
    }
    process.env.PACT_DO_NOT_TRACK = 'true';
    // Pact (its native verifier) is loaded only by this command, and only once the pacts are known to be there.
    // Pact's CommonJS requires https-proxy-agent, an ES module. Node 20's require(esm) under tsx's loader hooks now and
    // then finds that module's job unlinked and throws "reading 'getStatus'" (3 in 18 runs on a busy machine);
    // importing it first, as ESM, makes the require find it evaluated.
    await import('https-proxy-agent');
    const { verifyPacts } = await import('../../pact/verify-pacts.js');
    const env = process.env;
    const credentials = credentialsOf(plugins, values as OptionValues, env);
    const target = await provider(values.url, intOption(values.seed ?? env.CLIENTELA_SEED, 'seed', 1, { min: 0, max: 2 ** 32 - 1 }), plugins, credentials);
    const sandbox = runSandbox(target.url, target.credentials.adminToken);
    const stopSignals = onInterrupt(io, 'clientela verify', async () => {
      await sandbox.remove();
      await target.stop();
    });
    try {
      // As `check`: 2 is "could not verify" (the provider is unreachable or refuses a sandbox), 1 a failed interaction.
      await sandbox.create().catch((error: Error) => {
        throw new CliError(error.message, 2);
      });
      io.out(`verifying ${pacts.join(', ')} against ${target.url} in sandbox ${sandbox.name}`);
      const report = await verifyPacts({ pacts, plugins, providerBaseUrl: target.url, credentials: target.credentials, reset: !values['no-reset'], logLevel: logLevel as 'warn', sandbox: sandbox.name }).catch((error: Error) => {
        throw new CliError(error.message);
      });
      for (const line of formatVerifyReport(report)) io.out(line);
      if (values.junit) writeReport(values.junit, junitXml('clientela verify', verifyJunitCases(report)));
      return report.ok ? 0 : 1;
    } finally {
      stopSignals();
      const warning = await sandbox.remove();
      if (warning) io.err(`warning: ${warning}`);
      await target.stop();
    }
  },
};
