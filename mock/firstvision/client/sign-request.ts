import { createHmac } from 'node:crypto';

/** What a FirstVision signature covers. */
export type SignatureInput = { secret: string; apiKey: string; requestId: string; timestamp: string; body: Buffer | string };

/** Computes a request's `Signature` header value. */
export type Signer = (input: SignatureInput) => string;

/**
 * clientela's assumed FirstVision signature (the portal does not publish one; this is Fiserv's convention on
 * its other portals): Base64(HMAC-SHA256(secret, apikey + X-Client-Request-Id + Timestamp + raw body)),
 * no separators, empty body for GET.
 * @example signRequest({ secret: 'clientela-secret', apiKey: 'clientela-key', requestId: 'r-1', timestamp: String(Date.now()), body: '{}' })
 */
export function signRequest(input: SignatureInput): string {
  return createHmac('sha256', input.secret)
    .update(input.apiKey)
    .update(input.requestId)
    .update(input.timestamp)
    .update(input.body)
    .digest('base64');
}
