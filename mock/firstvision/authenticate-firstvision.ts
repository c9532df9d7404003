import type { IncomingHttpHeaders } from 'node:http';
import type { ApiRequest, Authenticator } from '../../src/plugin/api-plugin.js';
import type { FirstVisionConfig } from './firstvision-config.js';
import { headerValue } from './header-value.js';
import { firstVisionError } from './render-firstvision-error.js';
import type { ReplayCache } from './replay-cache.js';
import type { TokenIssuer } from './token-issuer.js';
import { verifySignature } from './verify-signature.js';

/** The 401 every refused credential answers: code `401`, description `UNAUTHORIZED: <reason>`. */
export function unauthorized(reason: string) {
  return firstVisionError(401, [{ code: '401', description: `UNAUTHORIZED: ${reason}` }]);
}

function basicCredentials(headers: IncomingHttpHeaders): string | undefined {
  const match = /^Basic ([A-Za-z0-9+/=]+)$/.exec(headerValue(headers, 'authorization') ?? '');
  return match?.[1] === undefined ? undefined : Buffer.from(match[1], 'base64').toString('utf8');
}

/** Why a token request is refused (Basic apikey:secret and a matching `apikey` header), or undefined. */
function tokenRefusal(headers: IncomingHttpHeaders, config: FirstVisionConfig): string | undefined {
  if (headerValue(headers, 'apikey') !== config.apiKey) return 'MISSING OR UNKNOWN APIKEY';
  if (basicCredentials(headers) !== `${config.apiKey}:${config.apiSecret}`) return 'INVALID CLIENT CREDENTIALS (BASIC APIKEY:SECRET)';
  return undefined;
}

/** Why a business request is refused (apikey, bearer token, X-ClientID, signature), or undefined. */
function callRefusal(request: ApiRequest, config: FirstVisionConfig, tokens: TokenIssuer, seen: ReplayCache): string | undefined {
  const { headers } = request;
  const now = request.clock.millis();
  if (headerValue(headers, 'apikey') !== config.apiKey) return 'MISSING OR UNKNOWN APIKEY';
  const bearer = /^Bearer (\S+)$/.exec(headerValue(headers, 'authorization') ?? '')?.[1];
  if (bearer === undefined) return 'MISSING BEARER ACCESS TOKEN';
  const token = tokens.check(bearer, now);
  if (token === 'expired') return 'TOKEN EXPIRED';
  if (token === 'unknown') return 'INVALID OR EXPIRED ACCESS TOKEN';
  if ((headerValue(headers, 'x-clientid') ?? '').length !== 5) return 'X-CLIENTID MUST HAVE 5 CHARACTERS';
  return verifySignature(headers, request.raw, now, config, seen);
}

/**
 * FirstVision's authentication: Basic apikey:secret on the token endpoint; on every other operation the `apikey`,
 * an issued unexpired bearer token, a 5-character `X-ClientID` and, when sent or required, a valid signature.
 */
export function authenticateFirstVision(config: FirstVisionConfig, tokens: TokenIssuer, seen: ReplayCache): Authenticator {
  return (request, compiled) => {
    const refusal = compiled.contract.operationId === 'token'
      ? tokenRefusal(request.headers, config)
      : callRefusal(request, config, tokens, seen);
    return refusal === undefined ? undefined : unauthorized(refusal);
  };
}
