import { loadContracts } from '../../contracts/load-contracts.js';
import { checkDrift, type DriftReport } from '../../drift/check-drift.js';
import { CouldNotCheck, PLACEHOLDER_ORIGIN, rootFetch } from '../../drift/root-fetch.js';
import { driftJunitCases, formatDriftFindings, formatDriftTable } from '../../drift/format-drift-report.js';
import { junitXml } from '../../report/junit-xml.js';
import type { ApiPlugin, ContractTestingSupport } from '../../plugin/api-plugin.js';
import { writeReport } from '../write-report.js';
import { type Command, CliError } from '../command.js';
import { loadPlugins, pluginNamed } from '../load-plugins.js';
import { intOption, parseOptions } from '../parse-options.js';
import { argsOptions, withEnvironment } from '../plugin-options.js';
import { type OptionHelp, pluginHelp, printHelp, specHelp } from '../option-help.js';

const coreOptions = {
  api: { type: 'string' },
  'base-url': { type: 'string' },
  'allow-writes': { type: 'boolean' },
  junit: { type: 'string' },
  json: { type: 'string' },
  seed: { type: 'string' },
  plugin: { type: 'string', multiple: true },
  timeout: { type: 'string' },
  insecure: { type: 'boolean' },
  header: { type: 'string', multiple: true },
} as const;

const coreHelp: OptionHelp[] = [
  { flag: '--api NAME', text: 'the API to check' },
  { flag: '--base-url URL', text: 'the API root as the provider serves it (nothing is appended)' },
  { flag: '--allow-writes', text: 'also send operations that change state (never on a shared environment)' },
  { flag: '--junit FILE', text: 'write a JUnit XML report' },
  { flag: '--json FILE', text: 'write the findings as JSON' },
  { flag: '--seed N', env: 'CLIENTELA_SEED', text: 'seed of the probe requests (default 1)' },
  { flag: '--timeout MS', text: 'per-request timeout (default 10000)' },
  { flag: '--insecure', text: 'accept self-signed TLS certificates' },
  { flag: '--header K:V', text: 'a header sent with every probe (repeatable)' },
  pluginHelp,
];

function headersOf(values: readonly string[] | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const value of values ?? []) {
    const at = value.indexOf(':');
    if (at <= 0) throw new CliError(`--header must be NAME:VALUE, got "${value}"`);
    out[value.slice(0, at).trim().toLowerCase()] = value.slice(at + 1).trim();
  }
  return out;
}

function usageOf(plugins: readonly ApiPlugin[]): string {
  const apis = plugins
    .filter((plugin) => plugin.testing)
    .map((plugin) => `--api ${plugin.name} ${(plugin.testing as ContractTestingSupport<unknown>).check.usage}`);
  return `clientela check --base-url URL [${apis.join(' | ')}] [--allow-writes] [--timeout MS] [--insecure] [--header K:V]... [--junit FILE] [--json FILE] [--seed N] [--plugin MODULE]...`;
}

/** The `--api` value, read before the flags are parsed (they depend on it). */
function apiArg(args: readonly string[]): string | undefined {
  const at = args.indexOf('--api');
  if (at >= 0) return args[at + 1];
  return args.find((arg) => arg.startsWith('--api='))?.slice('--api='.length);
}

/** `clientela check`: drift between a live deployment of an API and its contracts. */
export const checkCommand: Command = {
  name: 'check',
  summary: 'check a live API (staging, the mock) against the contracts: drift report',
  usage: 'clientela check --api NAME --base-url URL [credentials of that API] [--allow-writes] [--junit FILE] [--json FILE] [--seed N]',
  async run(args, io) {
    const plugins = await loadPlugins(args, process.env);
    const usage = usageOf(plugins);
    const named = apiArg(args);
    const chosen = plugins.find((plugin) => plugin.name === named && plugin.testing);
    const testing = chosen?.testing as ContractTestingSupport<unknown> | undefined;
    const { values } = parseOptions(args, { ...coreOptions, ...argsOptions(testing?.check.options ?? {}) }, usage);
    if (values.help) {
      printHelp(io, usage, [...coreHelp, ...plugins.flatMap((plugin) => specHelp((plugin.testing as ContractTestingSupport<unknown> | undefined)?.check.options ?? {}))]);
      return 0;
    }
    const plugin = pluginNamed(
      plugins.filter((candidate) => candidate.testing),
      values.api,
      usage,
    );
    const support = plugin.testing as ContractTestingSupport<unknown>;
    const baseUrl = values['base-url'];
    if (!baseUrl || !/^https?:\/\//.test(baseUrl))
      throw new CliError(
        `--base-url must be an http(s) URL (the API root as the provider serves it, e.g. http://127.0.0.1:4010${plugin.mount})\nusage: ${usage}`,
      );
    let credentials: unknown;
    try {
      credentials = support.check.credentials(withEnvironment(support.check.options, values, process.env));
    } catch (error) {
      throw new CliError(`${(error as Error).message}\nusage: ${usage}`);
    }
    if (values.insecure) process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';
    const fetch = rootFetch({
      root: baseUrl,
      mount: plugin.mount,
      timeoutMs: intOption(values.timeout, 'timeout', 10000, { min: 1, max: 600000 }),
      headers: headersOf(values.header),
      onProbe: (method, url) => io.out(`probe ${method} ${url}`),
    });
    let report: DriftReport;
    try {
      report = await checkDrift({
        plugin,
        baseUrl: PLACEHOLDER_ORIGIN,
        fetch,
        registry: loadContracts({ folders: plugins.map((one) => ({ api: one.name, dir: one.contractsDir })) }),
        credentials,
        allowWrites: values['allow-writes'] ?? false,
        seed: intOption(values.seed, 'seed', 1, { min: 0, max: 2 ** 32 - 1 }),
      });
    } catch (error) {
      if (!(error instanceof CouldNotCheck)) throw error;
      io.err(`could not check ${baseUrl}: ${error.message}`);
      // CI shows the report, not the log: a run that could not check is one failed case there.
      if (values.junit) writeReport(values.junit, junitXml(`clientela check ${plugin.name}`, [{ suite: `${plugin.name} ${baseUrl}`, name: 'reach the provider', failure: `could not check: ${error.message}` }]));
      return 2;
    }
    report = { ...report, baseUrl: baseUrl.replace(/\/+$/, '') };
    for (const line of formatDriftTable(report)) io.out(line);
    for (const line of formatDriftFindings(report)) io.out(line);
    if (values.junit) writeReport(values.junit, junitXml(`clientela check ${plugin.name}`, driftJunitCases(report)));
    if (values.json) writeReport(values.json, `${JSON.stringify(report, null, 2)}\n`);
    return report.drifted === 0 ? 0 : 1;
  },
};
