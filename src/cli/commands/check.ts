import type { ApiName } from '../../contracts/contract.js';
import { loadContracts } from '../../contracts/load-contracts.js';
import { checkDrift } from '../../drift/check-drift.js';
import type { DriftCredentials } from '../../drift/drift-target.js';
import { driftJunitCases, formatDriftTable } from '../../drift/format-drift-report.js';
import { junitXml } from '../../pact/junit-xml.js';
import { writeReport } from '../write-report.js';
import { type Command, CliError } from '../command.js';
import { intOption, parseOptions } from '../parse-options.js';

const usage =
  'clientela check --api firstvision|credere --base-url URL [--api-key K --api-secret S --client-id C [--product P] [--sign] | --token T [--store-id N]] ' +
  '[--allow-writes] [--junit FILE] [--json FILE] [--seed N]';

function credentialsFor(api: ApiName, values: Record<string, string | boolean | undefined>): DriftCredentials {
  const env = process.env;
  const text = (name: string, envName: string): string | undefined => (values[name] as string | undefined) ?? env[envName];
  if (api === 'credere') {
    const token = text('token', 'CLIENTELA_CREDERE_TOKEN');
    if (!token) throw new CliError(`checking Credere needs --token (or CLIENTELA_CREDERE_TOKEN)\nusage: ${usage}`);
    const storeId = text('store-id', 'CLIENTELA_CREDERE_STORE_ID');
    return { credere: { token, ...(storeId ? { storeId: intOption(storeId, 'store-id', 0, { min: 1 }) } : {}) } };
  }
  const apiKey = text('api-key', 'CLIENTELA_FV_API_KEY');
  const apiSecret = text('api-secret', 'CLIENTELA_FV_API_SECRET');
  const clientId = text('client-id', 'CLIENTELA_FV_CLIENT_ID') ?? '00970';
  const token = text('token', 'CLIENTELA_FV_TOKEN');
  if (!apiKey || (!apiSecret && !token)) throw new CliError(`checking FirstVision needs --api-key and --api-secret (or --token)\nusage: ${usage}`);
  const product = text('product', 'CLIENTELA_FV_PRODUCT');
  return { firstvision: { apiKey, apiSecret: apiSecret ?? '', clientId, sign: values.sign === true, ...(product ? { product } : {}), ...(token ? { token } : {}) } };
}

/** `clientela check`: drift between a live deployment of an API and its contracts. */
export const checkCommand: Command = {
  name: 'check',
  summary: 'check a live API (staging, the mock) against the contracts: drift report',
  usage,
  async run(args, io) {
    const { values } = parseOptions(
      args,
      {
        api: { type: 'string' },
        'base-url': { type: 'string' },
        'api-key': { type: 'string' },
        'api-secret': { type: 'string' },
        'client-id': { type: 'string' },
        product: { type: 'string' },
        sign: { type: 'boolean' },
        token: { type: 'string' },
        'store-id': { type: 'string' },
        'allow-writes': { type: 'boolean' },
        junit: { type: 'string' },
        json: { type: 'string' },
        seed: { type: 'string' },
      },
      usage,
    );
    if (values.help) {
      io.out(`usage: ${usage}`);
      return 0;
    }
    const api = values.api;
    if (api !== 'firstvision' && api !== 'credere') throw new CliError(`--api must be firstvision or credere\nusage: ${usage}`);
    const baseUrl = values['base-url'];
    if (!baseUrl || !/^https?:\/\//.test(baseUrl)) throw new CliError(`--base-url must be an http(s) URL (without the API mount)\nusage: ${usage}`);
    const report = await checkDrift({
      api,
      baseUrl: baseUrl.replace(/\/+$/, ''),
      registry: loadContracts(),
      credentials: credentialsFor(api, values),
      allowWrites: values['allow-writes'] ?? false,
      seed: intOption(values.seed, 'seed', 1, { min: 0, max: 2 ** 32 - 1 }),
    });
    for (const line of formatDriftTable(report)) io.out(line);
    if (values.junit) writeReport(values.junit, junitXml(`clientela check ${api}`, driftJunitCases(report)));
    if (values.json) writeReport(values.json, `${JSON.stringify(report, null, 2)}\n`);
    return report.drifted === 0 ? 0 : 1;
  },
};
