import { randomUUID } from 'node:crypto';
import { formatVerifyReport, verifyJunitCases } from '../../pact/format-verify-report.js';
import { junitXml } from '../../pact/junit-xml.js';
import type { ProviderCredentials } from '../../pact/replay-auth.js';
import { verifyPacts } from '../../pact/verify-pacts.js';
import { writeReport } from '../write-report.js';
import { defaultFirstVisionConfig } from '../../../mock/firstvision/firstvision-config.js';
import { listen } from '../listen.js';
import { type Command, CliError } from '../command.js';
import { intOption, parseOptions } from '../parse-options.js';

const usage =
  'clientela verify --pact <file|dir>... [--url URL] [--sandbox-per-run] [--junit FILE] [--seed N] ' +
  '[--api-key K --api-secret S] [--credere-token KEY] [--admin-token T] [--no-reset] [--log-level warn]';

type Provider = { url: string; credentials: ProviderCredentials; stop: () => Promise<void> };

/** Starts the mock on 127.0.0.1 and a free port, or uses `--url`. */
async function provider(url: string | undefined, seed: number, credentials: ProviderCredentials): Promise<Provider> {
  if (url) return { url: url.replace(/\/+$/, ''), credentials, stop: async () => undefined };
  // Loaded here, not at the top, so other commands start without building the mock.
  const { createMockServer } = await import('../../../mock/server.js');
  const mock = createMockServer({ seed, strict: true, firstvision: credentials.firstvision });
  await mock.sandboxes.get().db.open();
  const listening = await listen(mock.app, 0, '127.0.0.1');
  const { apiKey, apiSecret } = mock.settings.firstvision;
  return {
    url: listening.url,
    credentials: { ...credentials, firstvision: { ...credentials.firstvision, apiKey, apiSecret } },
    stop: listening.stop,
  };
}


/** `clientela verify`: replays pacts against the mock (or `--url`), provider states resolved by the scenarios. */
export const verifyCommand: Command = {
  name: 'verify',
  summary: 'verify pact files against the mock (provider states = scenarios)',
  usage,
  async run(args, io) {
    const { values, positionals } = parseOptions(
      args,
      {
        pact: { type: 'string', multiple: true },
        url: { type: 'string' },
        'sandbox-per-run': { type: 'boolean' },
        junit: { type: 'string' },
        seed: { type: 'string' },
        'api-key': { type: 'string' },
        'api-secret': { type: 'string' },
        'credere-token': { type: 'string' },
        'admin-token': { type: 'string' },
        'no-reset': { type: 'boolean' },
        'log-level': { type: 'string' },
      },
      usage,
    );
    if (values.help) {
      io.out(`usage: ${usage}`);
      return 0;
    }
    const pacts = [...(values.pact ?? []), ...positionals];
    if (pacts.length === 0) throw new CliError(`name at least one pact file or folder with --pact\nusage: ${usage}`);
    const logLevel = values['log-level'] ?? 'warn';
    if (!['trace', 'debug', 'info', 'warn', 'error'].includes(logLevel)) throw new CliError(`--log-level must be trace, debug, info, warn or error`);
    process.env.PACT_DO_NOT_TRACK = 'true';
    const env = process.env;
    const credentials: ProviderCredentials = {
      firstvision: {
        apiKey: values['api-key'] ?? env.CLIENTELA_FV_API_KEY ?? defaultFirstVisionConfig.apiKey,
        apiSecret: values['api-secret'] ?? env.CLIENTELA_FV_API_SECRET ?? defaultFirstVisionConfig.apiSecret,
      },
      ...(values['credere-token'] ? { credereToken: values['credere-token'] } : {}),
      ...((values['admin-token'] ?? env.CLIENTELA_ADMIN_TOKEN) ? { adminToken: values['admin-token'] ?? env.CLIENTELA_ADMIN_TOKEN } : {}),
    };
    const target = await provider(values.url, intOption(values.seed ?? env.CLIENTELA_SEED, 'seed', 1, { min: 0, max: 2 ** 32 - 1 }), credentials);
    const sandbox = values['sandbox-per-run'] ? `verify-${randomUUID().slice(0, 8)}` : undefined;
    try {
      io.out(`verifying ${pacts.join(', ')} against ${target.url}${sandbox ? ` in sandbox ${sandbox}` : ''}`);
      const report = await verifyPacts({
        pacts,
        providerBaseUrl: target.url,
        credentials: target.credentials,
        reset: !values['no-reset'],
        logLevel: logLevel as 'warn',
        ...(sandbox ? { sandbox } : {}),
      }).catch((error: Error) => {
        throw new CliError(error.message);
      });
      for (const line of formatVerifyReport(report)) io.out(line);
      if (values.junit) writeReport(values.junit, junitXml('clientela verify', verifyJunitCases(report)));
      return report.ok ? 0 : 1;
    } finally {
      await target.stop();
    }
  },
};
