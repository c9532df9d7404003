import type { Handler } from '../../../src/plugin/api-plugin.js';
import type { FirstVisionConfig } from '../firstvision-config.js';
import type { FirstVisionSandbox } from '../firstvision-sandbox.js';
import type { TokenIssuer } from '../token-issuer.js';

/**
 * POST /{product}/token: a bearer token for valid Basic credentials (checked by the authenticator), in the portal's
 * shape: strings throughout, `expires_in` the configured lifetime in seconds. Not wrapped in the envelope.
 */
export function tokenHandler(config: FirstVisionConfig, tokens: TokenIssuer): Handler<FirstVisionSandbox> {
  return async ({ env }) => {
    const issued = tokens.issue(env.clock.millis(), config.tokenTtlSeconds);
    return {
      status: 200,
      body: {
        token_type: 'BearerToken',
        issued_at: String(issued.issuedAt),
        client_id: config.apiKey,
        access_token: issued.accessToken,
        expires_in: String(config.tokenTtlSeconds),
        status: 'approved',
      },
    };
  };
}
