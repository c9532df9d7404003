import { randomUUID } from 'node:crypto';
import { signRequest } from './sign-request.js';

/** The three headers a signed FirstVision request carries. */
export type FirstVisionSignature = { signature: string; 'x-client-request-id': string; timestamp: string };

/**
 * FirstVision's request signature: Base64(HMAC-SHA256(secret, apikey + X-Client-Request-Id + Timestamp + rawBody)),
 * with the request id and the epoch-millisecond timestamp it was computed over.
 * @example signFirstVisionRequest({ apiKey: 'k', apiSecret: 's', rawBody: '{}' }).signature
 */
export function signFirstVisionRequest(input: {
  apiKey: string;
  apiSecret: string;
  rawBody: string;
  requestId?: string;
  timestamp?: string;
}): FirstVisionSignature {
  const requestId = input.requestId ?? randomUUID();
  const timestamp = input.timestamp ?? String(Date.now());
  // One formula for the client and the mock: a test of one against the other checks the headers, not two copies.
  const signature = signRequest({ secret: input.apiSecret, apiKey: input.apiKey, requestId, timestamp, body: input.rawBody });
  return { signature, 'x-client-request-id': requestId, timestamp };
}
