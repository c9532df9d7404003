import type { CredentialSupport, OptionValues } from '../../../src/plugin/api-plugin.js';
import { defaultFirstVisionConfig, type FirstVisionConfig } from '../firstvision-config.js';

/** What `clientela check --api firstvision` authenticates with. */
export type FirstVisionCheckCredentials = { apiKey: string; apiSecret: string; clientId: string; sign: boolean; product?: string; token?: string };

/** What `clientela verify` replays FirstVision requests with. */
export type FirstVisionVerifyCredentials = { apiKey: string; apiSecret: string; product?: string };

const text = (values: OptionValues, name: string) => values[name] as string | undefined;

/** `check`'s FirstVision flags: client credentials (or a ready token), the X-ClientID, product and signing. */
export const firstVisionCheckCredentials: CredentialSupport = {
  options: {
    'api-key': { type: 'string', env: 'CLIENTELA_FV_API_KEY', usage: '--api-key K', description: 'the FirstVision API key (default clientela-key)' },
    'api-secret': { type: 'string', env: 'CLIENTELA_FV_API_SECRET', usage: '--api-secret S', description: 'its secret (default clientela-secret)' },
    'client-id': { type: 'string', env: 'CLIENTELA_FV_CLIENT_ID', usage: '--client-id C', description: 'the X-ClientID sent (5 characters)' },
    product: { type: 'string', env: 'CLIENTELA_FV_PRODUCT', usage: '--product P', description: 'product segment of the token URL (default fvlatam)' },
    sign: { type: 'boolean', usage: '--sign', description: 'sign every request (HMAC Signature)' },
    token: { type: 'string', env: 'CLIENTELA_FV_TOKEN', usage: '--token T', description: 'a bearer token to send' },
  },
  usage: '--api-key K --api-secret S --client-id C [--product P] [--sign] | --token T',
  credentials: (values): FirstVisionCheckCredentials => {
    const apiKey = text(values, 'api-key');
    const apiSecret = text(values, 'api-secret');
    const token = text(values, 'token');
    if (!apiKey || (!apiSecret && !token)) throw new Error('checking FirstVision needs --api-key and --api-secret (or --token)');
    const product = text(values, 'product');
    const clientId = text(values, 'client-id') ?? '00970';
    return { apiKey, apiSecret: apiSecret ?? '', clientId, sign: values.sign === true, ...(product ? { product } : {}), ...(token ? { token } : {}) };
  },
};

/** `verify`'s FirstVision flags: the provider's own apikey and secret (the built-in ones by default). */
export const firstVisionVerifyCredentials: CredentialSupport & {
  providerConfig: (credentials: unknown) => Partial<FirstVisionConfig>;
  providerCredentials: (credentials: unknown, config: FirstVisionConfig) => unknown;
} = {
  options: {
    'api-key': { type: 'string', env: 'CLIENTELA_FV_API_KEY', usage: '--api-key K', description: 'the FirstVision API key (default clientela-key)' },
    'api-secret': { type: 'string', env: 'CLIENTELA_FV_API_SECRET', usage: '--api-secret S', description: 'its secret (default clientela-secret)' },
  },
  usage: '[--api-key K --api-secret S]',
  credentials: (values): FirstVisionVerifyCredentials => ({
    apiKey: text(values, 'api-key') ?? defaultFirstVisionConfig.apiKey,
    apiSecret: text(values, 'api-secret') ?? defaultFirstVisionConfig.apiSecret,
  }),
  providerConfig: (credentials) => {
    const { apiKey, apiSecret } = credentials as FirstVisionVerifyCredentials;
    return { apiKey, apiSecret };
  },
  providerCredentials: (credentials, config) => ({ ...(credentials as FirstVisionVerifyCredentials), apiKey: config.apiKey, apiSecret: config.apiSecret }),
};
