import type { ProviderSession, ReplayAuthenticator } from '../../../src/plugin/api-plugin.js';
import { FirstVisionClient } from '../client/firstvision-client.js';
import { signFirstVisionRequest } from '../client/sign-firstvision-request.js';
import type { FirstVisionVerifyCredentials } from './firstvision-credentials.js';

/**
 * Makes a replayed pact request authenticate against the provider: the provider's `apikey`, a real bearer token
 * fetched from the provider (cached until `forget()`), Basic credentials on the token endpoint and a fresh HMAC
 * `Signature` (over a new request id and timestamp) when the pact carried one.
 * @example const auth = firstVisionReplayAuth(session, credentials); Object.assign(headers, await auth.headersFor('/customer/l8v2', headers, body))
 */
export function firstVisionReplayAuth(session: ProviderSession, credentials: unknown): ReplayAuthenticator {
  const { apiKey, apiSecret, product } = credentials as FirstVisionVerifyCredentials;
  let token: Promise<string> | undefined;
  const bearer = (): Promise<string> => {
    token ??= (async () => {
      const client = new FirstVisionClient({ baseUrl: session.baseUrl, apiKey, apiSecret, clientId: '00000', ...(product ? { product } : {}), fetch: session.fetch });
      const result = await client.requestToken();
      if (!result.ok) throw new Error(`the provider refused its own FirstVision credentials (status ${result.status}): ${JSON.stringify(result.body).slice(0, 200)}`);
      return result.body.access_token;
    })();
    token.catch(() => (token = undefined));
    return token;
  };
  return {
    forget: () => {
      token = undefined;
    },
    headersFor: async (path, headers, body) => {
      if (/^\/[^/]+\/token$/.test(path)) return { apikey: apiKey, authorization: `Basic ${Buffer.from(`${apiKey}:${apiSecret}`).toString('base64')}` };
      const out: Record<string, string> = {};
      if (headers.apikey !== undefined) out.apikey = apiKey;
      if (headers.authorization !== undefined) out.authorization = `Bearer ${await bearer()}`;
      // A fresh X-Client-Request-Id and Timestamp for every replay: the provider refuses an id it saw within its
      // window, so reusing the recorded one would fail every run after the first.
      if (headers.signature !== undefined) Object.assign(out, signFirstVisionRequest({ apiKey, apiSecret, rawBody: body.toString('utf8') }));
      return out;
    },
  };
}
