import { randomUUID } from 'node:crypto';
import type { RedisConnection } from './redis-connection.js';
import { StateUnavailableError } from './state-unavailable-error.js';

/** How long a lock lives unless its holder extends it (a crashed holder blocks others this long at most). */
export const LOCK_TTL_MS = 2000;
/** How long a transaction waits for a sandbox lock before the request is refused. */
const WAIT_MS = 10_000;

/**
 * A lock in Redis: SET NX PX with a random token, retried with a growing pause (1 ms to 20 ms) while another
 * instance holds it; extended every third of its TTL while held; released by a compare-and-delete script.
 * @example const held = await acquireLock(redis, 'clientela:{default}:lock'); try { … } finally { await held.release() }
 */
export async function acquireLock(redis: RedisConnection, key: string): Promise<HeldLock> {
  // The token identifies this holder only; it is not a value any answer shows, so it need not come from the seed.
  const token = randomUUID();
  const deadline = Date.now() + WAIT_MS;
  for (let attempt = 0; ; attempt++) {
    const taken = await redis.run((client) => client.set(key, token, 'PX', LOCK_TTL_MS, 'NX'));
    if (taken === 'OK') return new HeldLock(redis, key, token);
    if (Date.now() > deadline) throw new StateUnavailableError(`the sandbox lock ${key} stayed taken for ${WAIT_MS} ms`);
    await new Promise((resolve) => setTimeout(resolve, Math.min(20, 1 + attempt)));
  }
}

/** A lock this process holds: its token, a keep-alive timer, and release. */
export class HeldLock {
  readonly key: string;
  readonly token: string;
  #redis: RedisConnection;
  #timer: NodeJS.Timeout;

  constructor(redis: RedisConnection, key: string, token: string) {
    this.#redis = redis;
    this.key = key;
    this.token = token;
    this.#timer = setInterval(() => void redis.script('clientelaExtend', [key], [token, LOCK_TTL_MS]).catch(() => undefined), LOCK_TTL_MS / 3);
    this.#timer.unref();
  }

  /** Stops the keep-alive (the commit script released the lock itself). */
  forget(): void {
    clearInterval(this.#timer);
  }

  async release(): Promise<void> {
    this.forget();
    await this.#redis.script('clientelaRelease', [this.key], [this.token]).catch(() => undefined);
  }
}
