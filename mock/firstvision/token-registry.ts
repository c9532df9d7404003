import { createHmac } from 'node:crypto';

/** An issued access token and when it stops being accepted (epoch ms). */
export type IssuedToken = { accessToken: string; issuedAt: number; expiresAt: number };

/**
 * The bearer tokens a server issued (shared by every sandbox), bounded: expired tokens are dropped when new ones
 * are issued, and past `max` live tokens the oldest goes. Tokens derive from the secret and a counter, so no
 * unseeded randomness is involved.
 * @example const tokens = new TokenRegistry('secret'); const t = tokens.issue(Date.now(), 900); tokens.isValid(t.accessToken, Date.now())
 */
export class TokenRegistry {
  #secret: string;
  #max: number;
  #counter = 0;
  #expiries = new Map<string, number>();
  /** Wall-clock expiry of each token: sandboxes' clocks differ, so only the wall clock orders the sweep. */
  #wallExpiries = new Map<string, number>();

  constructor(secret: string, max = 10_000) {
    this.#secret = secret;
    this.#max = max;
  }

  get size(): number {
    return this.#expiries.size;
  }

  /** Issues a token at `now` on the issuing sandbox's clock; it expires `ttlSeconds` later on any sandbox's clock. */
  issue(now: number, ttlSeconds: number, wallNow = Date.now()): IssuedToken {
    this.#evict(wallNow);
    this.#counter += 1;
    const accessToken = createHmac('sha256', this.#secret).update(`token:${this.#counter}:${now}`).digest('base64url').slice(0, 28);
    const expiresAt = now + ttlSeconds * 1000;
    this.#expiries.set(accessToken, expiresAt);
    this.#wallExpiries.set(accessToken, wallNow + ttlSeconds * 1000);
    return { accessToken, issuedAt: now, expiresAt };
  }

  /** Whether `token` is accepted at `now` (the caller's sandbox clock): valid, expired, or never issued (or swept). */
  check(token: string, now: number): 'valid' | 'expired' | 'unknown' {
    const expiresAt = this.#expiries.get(token);
    if (expiresAt === undefined) return 'unknown';
    return expiresAt > now ? 'valid' : 'expired';
  }

  isValid(token: string, now: number): boolean {
    return this.check(token, now) === 'valid';
  }

  #evict(wallNow: number): void {
    // Insertion order is issue order; with one TTL it is also wall-clock expiry order, so the sweep stops early.
    for (const [token, expiresAt] of this.#wallExpiries) {
      if (expiresAt > wallNow && this.#wallExpiries.size < this.#max) break;
      this.#wallExpiries.delete(token);
      this.#expiries.delete(token);
    }
  }
}
