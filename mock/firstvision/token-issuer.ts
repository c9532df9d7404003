import { createHmac, timingSafeEqual } from 'node:crypto';

/** An issued access token and when it stops being accepted (epoch ms). */
export type IssuedToken = { accessToken: string; issuedAt: number; expiresAt: number };

/** 8 bytes of expiry (signed epoch ms), 3 of counter, 10 of MAC: 21 bytes, 28 base64url characters. */
const EXPIRY_BYTES = 8;
const COUNTER_BYTES = 3;
const MAC_BYTES = 10;
const PAYLOAD_BYTES = EXPIRY_BYTES + COUNTER_BYTES;
const TOKEN = /^[A-Za-z0-9_-]{28}$/;

/**
 * Bearer tokens that carry their own expiry: the expiry and a counter, sealed with an HMAC of the secret. Nothing
 * is kept per token, so no volume of new tokens can push an earlier one out, and checking one is a MAC, not a
 * lookup. Deterministic: the same secret, clock and issue order give the same tokens.
 * @example const tokens = new TokenIssuer('secret'); const t = tokens.issue(Date.now(), 900); tokens.check(t.accessToken, Date.now()) // 'valid'
 */
export class TokenIssuer {
  #secret: string;
  #counter = 0;

  constructor(secret: string) {
    this.#secret = secret;
  }

  /** Issues a token at `now` on the issuing sandbox's clock; it expires `ttlSeconds` later on any sandbox's clock. */
  issue(now: number, ttlSeconds: number): IssuedToken {
    this.#counter = (this.#counter + 1) % 2 ** (8 * COUNTER_BYTES);
    // Whole, safe milliseconds: a fractional TTL or an absurd clock still makes a token, never a throw.
    const expiresAt = Math.max(Math.min(Math.trunc(now + ttlSeconds * 1000), Number.MAX_SAFE_INTEGER), Number.MIN_SAFE_INTEGER);
    const payload = Buffer.alloc(PAYLOAD_BYTES);
    payload.writeBigInt64BE(BigInt(expiresAt));
    payload.writeUIntBE(this.#counter, EXPIRY_BYTES, COUNTER_BYTES);
    const accessToken = Buffer.concat([payload, this.#mac(payload)]).toString('base64url');
    return { accessToken, issuedAt: now, expiresAt };
  }

  /** Whether `token` is accepted at `now` (the caller's sandbox clock): valid, expired, or not one this secret sealed. */
  check(token: string, now: number): 'valid' | 'expired' | 'unknown' {
    if (!TOKEN.test(token)) return 'unknown';
    const bytes = Buffer.from(token, 'base64url');
    const payload = bytes.subarray(0, PAYLOAD_BYTES);
    if (!timingSafeEqual(bytes.subarray(PAYLOAD_BYTES), this.#mac(payload))) return 'unknown';
    return Number(payload.readBigInt64BE()) > now ? 'valid' : 'expired';
  }

  #mac(payload: Buffer): Buffer {
    return createHmac('sha256', this.#secret).update('token:').update(payload).digest().subarray(0, MAC_BYTES);
  }
}
