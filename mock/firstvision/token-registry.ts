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

  constructor(secret: string, max = 10_000) {
    this.#secret = secret;
    this.#max = max;
  }

  get size(): number {
    return this.#expiries.size;
  }

  issue(now: number, ttlSeconds: number): IssuedToken {
    this.#evict(now);
    this.#counter += 1;
    const accessToken = createHmac('sha256', this.#secret).update(`token:${this.#counter}:${now}`).digest('base64url').slice(0, 28);
    const expiresAt = now + ttlSeconds * 1000;
    this.#expiries.set(accessToken, expiresAt);
    return { accessToken, issuedAt: now, expiresAt };
  }

  isValid(token: string, now: number): boolean {
    const expiresAt = this.#expiries.get(token);
    return expiresAt !== undefined && expiresAt > now;
  }

  #evict(now: number): void {
    // Insertion order is issue order; with one TTL it is also expiry order, so the sweep stops early.
    for (const [token, expiresAt] of this.#expiries) {
      if (expiresAt > now && this.#expiries.size < this.#max) break;
      this.#expiries.delete(token);
    }
  }
}
