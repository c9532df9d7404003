import type { ContractTestingSupport, OptionValues } from '../../src/plugin/api-plugin.js';
import { intOption } from '../../src/cli/parse-options.js';
import { createCredereClient } from './client/credere-client.js';
import type { CredereConfig } from './credere-config.js';
import { harvestCredereIds, substituteCredereIds } from './credere-flow-ids.js';

/** How `check` reaches a Credere deployment. */
export type CredereCheckCredentials = { token: string; storeId?: number };

/** The key `verify` replays Credere calls with; without one the recorded key is sent as is (the mock takes any). */
export type CredereVerifyCredentials = { token?: string };

function text(values: OptionValues, name: string, variable?: string): string | undefined {
  const value = values[name];
  if (typeof value === 'string') return value;
  return variable ? process.env[variable] : undefined;
}

function fillPath(path: string, params: Record<string, string>): string {
  return path.replace(/\{([^}]+)\}/g, (_m, name: string) => encodeURIComponent(params[name] ?? `{${name}}`));
}

function checkCredentials(values: OptionValues): CredereCheckCredentials {
  const token = text(values, 'token', 'CLIENTELA_CREDERE_TOKEN');
  if (!token) throw new Error('checking Credere needs --token (or CLIENTELA_CREDERE_TOKEN)');
  const storeId = text(values, 'store-id', 'CLIENTELA_CREDERE_STORE_ID');
  return { token, ...(storeId ? { storeId: intOption(storeId, 'store-id', 0, { min: 1 }) } : {}) };
}

/** Credere's flags of `check` and `verify`, its drift sender and flow, and how pact replays authenticate. */
export const credereTesting: ContractTestingSupport<CredereConfig> = {
  check: {
    options: {
      token: { type: 'string', env: 'CLIENTELA_CREDERE_TOKEN', usage: '--token T', description: 'the Credere access key (bearer)' },
      'store-id': { type: 'string', env: 'CLIENTELA_CREDERE_STORE_ID', usage: '[--store-id N]', description: 'the Store-Id header sent' },
    },
    usage: '--token T [--store-id N]',
    credentials: checkCredentials,
  },
  verify: {
    options: { 'credere-token': { type: 'string', usage: '[--credere-token KEY]', description: 'the Credere bearer key replayed (default: any)' } },
    usage: '[--credere-token KEY]',
    credentials: (values): CredereVerifyCredentials => {
      const token = text(values, 'credere-token');
      return token ? { token } : {};
    },
  },
  driftSender: (session, credentials) => {
    const options = credentials as CredereCheckCredentials | undefined;
    if (!options) throw new Error('checking Credere needs --token');
    const storeId = options.storeId === undefined ? {} : { storeId: options.storeId };
    const client = createCredereClient({ baseUrl: session.baseUrl, apiKey: options.token, ...storeId, fetch: session.fetch });
    return (contract, probe) => client.call(contract.method, fillPath(contract.path, probe.params), probe.body, probe.query);
  },
  flowOrder: ['customersCreate'],
  harvestIds: harvestCredereIds,
  substituteIds: substituteCredereIds,
  replayAuth: (_session, credentials) => {
    const token = (credentials as CredereVerifyCredentials | undefined)?.token;
    const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
    return { headersFor: async () => ({ ...headers }), forget: () => undefined };
  },
};
