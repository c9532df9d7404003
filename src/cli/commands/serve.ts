import type { MockServer } from '../../../mock/server.js';
import { apiMounts } from '../../contracts/api-mounts.js';
import { ProblemError } from '../../problems/problem.js';
import { defaultFirstVisionConfig } from '../../../mock/firstvision/firstvision-config.js';
import { listen } from '../listen.js';
import { type Command, CliError } from '../command.js';
import { intOption, parseOptions } from '../parse-options.js';
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

function panDisplay(value: string | undefined): 'masked' | 'token' | 'full' {
  if (value === undefined) return 'masked';
  if (value === 'masked' || value === 'token' || value === 'full') return value;
  throw new CliError(`--pan-display must be masked, token or full, got "${value}"`);
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);

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
    const env = process.env;
    const { values } = parseOptions(
      args,
      {
        port: { type: 'string' },
        host: { type: 'string' },
        seed: { type: 'string' },
        strict: { type: 'boolean' },
        'data-file': { type: 'string' },
        'body-limit': { type: 'string' },
        'api-key': { type: 'string' },
        'api-secret': { type: 'string' },
        'token-ttl': { type: 'string' },
        'require-signature': { type: 'boolean' },
        'credere-token': { type: 'string', multiple: true },
        'replace-collections': { type: 'boolean' },
        'pan-display': { type: 'string' },
        'bank-requirements': { type: 'string' },
        scenario: { type: 'string', multiple: true },
        param: { type: 'string', multiple: true },
        'scenarios-dir': { type: 'string' },
        'admin-token': { type: 'string' },
        'journal-size': { type: 'string' },
        'sandbox-max': { type: 'string' },
        'sandbox-idle': { type: 'string' },
        'signature-window': { type: 'string' },
        organizations: { type: 'string' },
      },
      usage,
    );
    if (values.help) {
      io.out(`usage: ${usage}`);
      return 0;
    }
    const port = intOption(values.port ?? env.PORT, 'port', 4010, { min: 0, max: 65535 });
    const host = values.host ?? env.CLIENTELA_HOST ?? '127.0.0.1';
    const seed = intOption(values.seed ?? env.CLIENTELA_SEED, 'seed', 1, { min: 0, max: 2 ** 32 - 1 });
    const credereTokens = values['credere-token'] ?? (env.CLIENTELA_CREDERE_TOKENS ? env.CLIENTELA_CREDERE_TOKENS.split(',') : []);
    const firstvision = {
      apiKey: values['api-key'] ?? env.CLIENTELA_FV_API_KEY ?? defaultFirstVisionConfig.apiKey,
      apiSecret: values['api-secret'] ?? env.CLIENTELA_FV_API_SECRET ?? defaultFirstVisionConfig.apiSecret,
      tokenTtlSeconds: intOption(values['token-ttl'] ?? env.CLIENTELA_FV_TOKEN_TTL, 'token-ttl', 900, { min: 1 }),
      requireSignature: values['require-signature'] ?? env.CLIENTELA_REQUIRE_SIGNATURE === '1',
      panDisplay: panDisplay(values['pan-display'] ?? env.CLIENTELA_PAN_DISPLAY),
      signatureWindowMs: 1000 * intOption(values['signature-window'] ?? env.CLIENTELA_FV_SIGNATURE_WINDOW, 'signature-window', 300, { min: 1 }),
      ...((values['organizations'] ?? env.CLIENTELA_FV_ORGANIZATIONS) ? { organizationsFile: values['organizations'] ?? env.CLIENTELA_FV_ORGANIZATIONS } : {}),
    };
    const bankRequirementsFile = values['bank-requirements'] ?? env.CLIENTELA_BANK_REQUIREMENTS;
    const adminToken = values['admin-token'] ?? env.CLIENTELA_ADMIN_TOKEN;
    if (!LOOPBACK.has(host) && !adminToken) {
      throw new CliError(`--host ${host} is not loopback: the admin API would be open to the network; give --admin-token (or CLIENTELA_ADMIN_TOKEN)`);
    }
    const catalogue = new ScenarioCatalogue(values['scenarios-dir']);
    const scenarioNames = values.scenario ?? (env.CLIENTELA_SCENARIOS ? [env.CLIENTELA_SCENARIOS] : undefined);
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
        seed,
        strict: values.strict ?? env.CLIENTELA_STRICT === '1',
        bodyLimit: values['body-limit'] ?? '1mb',
        firstvision,
        credere: {
          tokens: credereTokens,
          replaceCollections: values['replace-collections'] ?? env.CLIENTELA_REPLACE_COLLECTIONS === '1',
          ...(bankRequirementsFile ? { bankRequirementsFile } : {}),
        },
        ...(values['data-file'] ? { dataFile: values['data-file'] } : {}),
        ...(values['scenarios-dir'] ? { scenariosDir: values['scenarios-dir'] } : {}),
        scenarios,
        onScenarioProgress: (name) => (showProgress ? progressBar(process.stderr, `loading ${name}`) : undefined),
        journalSize: intOption(values['journal-size'] ?? env.CLIENTELA_JOURNAL_SIZE, 'journal-size', 1000, { min: 0, max: 100_000 }),
        sandboxes: {
          max: intOption(values['sandbox-max'] ?? env.CLIENTELA_SANDBOX_MAX, 'sandbox-max', 100, { min: 1 }),
          idleMs: intOption(values['sandbox-idle'] ?? env.CLIENTELA_SANDBOX_IDLE, 'sandbox-idle', 1800, { min: 1 }) * 1000,
        },
        ...(adminToken ? { adminToken } : {}),
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
    const { url: base, stop } = await listen(mock.app, port, host);
    io.out(`clientela listening on ${base} (seed ${seed})`);
    // The built-in credentials are printed to help; credentials given by flag or environment are not echoed.
    const isDefault = firstvision.apiKey === defaultFirstVisionConfig.apiKey && firstvision.apiSecret === defaultFirstVisionConfig.apiSecret;
    const credentials = isDefault ? `apikey "${firstvision.apiKey}", secret "${firstvision.apiSecret}"` : 'the apikey and secret you configured';
    io.out(`  FirstVision  ${base}${apiMounts.firstvision}  ${credentials}, any 5-character X-ClientID`);
    io.out(`  Credere      ${base}${apiMounts.credere}  ${credereTokens.length ? `${credereTokens.length} accepted bearer key(s)` : 'any non-empty bearer key'}`);
    io.out(`  Admin        ${base}/__admin  ${adminToken ? 'needs the admin token' : 'open (loopback only)'}`);
    if (!LOOPBACK.has(host)) io.out(`  warning: listening on ${host}, reachable from other machines`);
    await new Promise<void>((resolve) => {
      const onSignal = (): void => void stop().then(resolve);
      process.once('SIGINT', onSignal);
      process.once('SIGTERM', onSignal);
    });
    await mock.sandboxes.get().db.flush();
    return 0;
  },
};
