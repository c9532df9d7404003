import { apiMounts } from '../contracts/api-mounts.js';
import { FirstVisionClient } from '../../mock/firstvision/client/firstvision-client.js';
import { signFirstVisionRequest } from '../../mock/firstvision/client/sign-firstvision-request.js';
import { SANDBOX_HEADER } from './sandbox-url.js';

/** The provider's own credentials, which replace whatever a consumer recorded in its pact. */
export type ProviderCredentials = {
  firstvision: { apiKey: string; apiSecret: string; product?: string };
  /** A Credere key the provider accepts; without it the recorded key is sent as is (the mock takes any key). */
  credereToken?: string;
  /** The mock's admin token, when it was started with `--admin-token` (provider states and resets need it). */
  adminToken?: string;
};

type Headers = Record<string, string | string[] | undefined>;

/**
 * Makes a replayed pact request authenticate against the provider: FirstVision calls get the provider's `apikey`,
 * a real bearer token fetched from the provider (cached until `forget()`), Basic credentials on the token
 * endpoint and a fresh HMAC `Signature` when the pact carried one; Credere calls get `credereToken` when given.
 * @example const auth = new ReplayAuth(url, credentials); Object.assign(headers, await auth.headersFor('GET', path, headers, body))
 */
export class ReplayAuth {
  readonly #baseUrl: string;
  readonly #credentials: ProviderCredentials;
  readonly #sandbox: string | undefined;
  #token: Promise<string> | undefined;

  constructor(baseUrl: string, credentials: ProviderCredentials, sandbox?: string) {
    this.#baseUrl = baseUrl;
    this.#credentials = credentials;
    this.#sandbox = sandbox;
  }

  /** Drops the cached token (the provider was reset). */
  forget(): void {
    this.#token = undefined;
  }

  async #bearer(): Promise<string> {
    const { apiKey, apiSecret, product } = this.#credentials.firstvision;
    this.#token ??= (async () => {
      const client = new FirstVisionClient({
        baseUrl: this.#baseUrl,
        apiKey,
        apiSecret,
        clientId: '00000',
        ...(product ? { product } : {}),
        fetch: (url, init) => fetch(url, { ...init, headers: { ...(init.headers as Record<string, string>), ...(this.#sandbox ? { [SANDBOX_HEADER]: this.#sandbox } : {}) } }),
      });
      const result = await client.requestToken();
      if (!result.ok) throw new Error(`the provider refused its own FirstVision credentials (status ${result.status}): ${JSON.stringify(result.body).slice(0, 200)}`);
      return result.body.access_token;
    })();
    this.#token.catch(() => (this.#token = undefined));
    return this.#token;
  }

  /** The headers to overwrite on a replayed request (names lower case). */
  async headersFor(path: string, headers: Headers, body: Buffer): Promise<Record<string, string>> {
    const out: Record<string, string> = this.#sandbox ? { [SANDBOX_HEADER]: this.#sandbox } : {};
    if (path.startsWith(`${apiMounts.credere}/`)) {
      if (this.#credentials.credereToken) out.authorization = `Bearer ${this.#credentials.credereToken}`;
      return out;
    }
    if (!path.startsWith(`${apiMounts.firstvision}/`)) return out;
    const { apiKey, apiSecret } = this.#credentials.firstvision;
    if (/^\/firstvision\/[^/]+\/token$/.test(path)) {
      return { ...out, apikey: apiKey, authorization: `Basic ${Buffer.from(`${apiKey}:${apiSecret}`).toString('base64')}` };
    }
    if (headers.apikey !== undefined) out.apikey = apiKey;
    if (headers.authorization !== undefined) out.authorization = `Bearer ${await this.#bearer()}`;
    if (headers.signature !== undefined) {
      const requestId = typeof headers['x-client-request-id'] === 'string' ? headers['x-client-request-id'] : undefined;
      const signed = signFirstVisionRequest({ apiKey, apiSecret, rawBody: body.toString('utf8'), ...(requestId ? { requestId } : {}) });
      Object.assign(out, signed);
    }
    return out;
  }
}
