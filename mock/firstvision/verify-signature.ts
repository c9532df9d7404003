import { timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import type { FirstVisionConfig } from './firstvision-config.js';
import { headerValue } from './header-value.js';
import type { ReplayCache } from './replay-cache.js';

function sameSignature(expected: string, given: string): boolean {
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Checks a request's HMAC `Signature` (when sent, or always with `requireSignature`): the signer's value over the
 * raw body, a `Timestamp` within the window of `now` (the sandbox clock), an `X-Client-Request-Id` not used within the window. Returns why the
 * request is refused, or undefined.
 */
export function verifySignature(headers: IncomingHttpHeaders, rawBody: Buffer, now: number, config: FirstVisionConfig, seen: ReplayCache): string | undefined {
  const signature = headerValue(headers, 'signature');
  if (signature === undefined) return config.requireSignature ? 'SIGNATURE HEADER REQUIRED' : undefined;
  const requestId = headerValue(headers, 'x-client-request-id');
  const timestamp = headerValue(headers, 'timestamp');
  if (!requestId || !timestamp) return 'SIGNATURE NEEDS X-CLIENT-REQUEST-ID AND TIMESTAMP HEADERS';
  if (!/^\d{1,15}$/.test(timestamp) || Math.abs(now - Number(timestamp)) > config.signatureWindowMs) {
    return 'TIMESTAMP OUTSIDE THE ACCEPTED WINDOW';
  }
  const expected = config.signer({ secret: config.apiSecret, apiKey: config.apiKey, requestId, timestamp, body: rawBody });
  if (!sameSignature(expected, signature)) return 'INVALID SIGNATURE';
  if (!seen.remember(requestId, now)) return 'X-CLIENT-REQUEST-ID ALREADY USED';
  return undefined;
}
