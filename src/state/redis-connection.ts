import { Redis } from 'ioredis';
import { COMMIT_SCRIPT, EXTEND_SCRIPT, JOURNAL_SCRIPT, RELEASE_SCRIPT } from './redis-scripts.js';
import { StateUnavailableError } from './state-unavailable-error.js';

const SCRIPTS = { clientelaCommit: COMMIT_SCRIPT, clientelaRelease: RELEASE_SCRIPT, clientelaExtend: EXTEND_SCRIPT, clientelaJournal: JOURNAL_SCRIPT } as const;
export type ScriptName = keyof typeof SCRIPTS;

export type RedisConnectionOptions = {
  /** How long a command waits for a lost connection to come back before it is refused. Default 1000 ms. */
  waitMs?: number;
  log?: (line: string) => void;
};

/**
 * One connection to Redis shared by every sandbox of a server. Commands never queue while Redis is away: they
 * wait up to `waitMs` for the connection to come back, then fail with a `StateUnavailableError` (answered as the
 * API's 503); the client keeps reconnecting, so service resumes by itself. A command in flight when the
 * connection drops is not sent again (a commit either ran whole or not at all).
 * @example const redis = new RedisConnection('redis://127.0.0.1:6379/0'); await redis.run((r) => r.get('k'))
 */
export class RedisConnection {
  readonly client: Redis;
  #waitMs: number;
  #down = false;
  /** When the connection was lost (0: it is up): commands wait for it only until `waitMs` after that. */
  #lostAt = 0;
  #log: (line: string) => void;

  constructor(url: string, options: RedisConnectionOptions = {}) {
    this.#waitMs = options.waitMs ?? 1000;
    this.#log = options.log ?? (() => undefined);
    this.client = new Redis(url, {
      enableOfflineQueue: false,
      autoResendUnfulfilledCommands: false,
      maxRetriesPerRequest: 0,
      connectTimeout: 2000,
      retryStrategy: () => 200,
    });
    for (const [name, lua] of Object.entries(SCRIPTS)) this.client.defineCommand(name, { lua });
    this.client.on('close', () => {
      this.#lostAt ||= Date.now();
    });
    this.client.on('error', (error: Error) => {
      if (!this.#down) this.#log(`redis: ${error.message}; retrying`);
      this.#down = true;
    });
    this.client.on('ready', () => {
      if (this.#down) this.#log('redis: connected again');
      this.#down = false;
      this.#lostAt = 0;
    });
  }

  /**
   * Resolves once connected; throws `StateUnavailableError` once the connection has been away for `waitMs` (at
   * once, past that: a queue of requests during an outage is answered in one go, not one wait after another).
   */
  async #ready(): Promise<void> {
    if (this.client.status === 'ready') return;
    if (this.client.status === 'end') throw new StateUnavailableError('redis: the connection is closed');
    const wait = this.#lostAt ? this.#lostAt + this.#waitMs - Date.now() : this.#waitMs;
    if (wait <= 0) throw new StateUnavailableError(`redis: not reachable (${this.client.status})`);
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.client.off('ready', onReady);
        reject(new StateUnavailableError(`redis: not reachable (${this.client.status})`));
      }, wait);
      const onReady = (): void => {
        clearTimeout(timer);
        resolve();
      };
      this.client.once('ready', onReady);
    });
  }

  /** Runs commands; any failure of Redis itself becomes a `StateUnavailableError`, script refusals stay as they are. */
  async run<T>(work: (client: Redis) => Promise<T>): Promise<T> {
    await this.#ready();
    try {
      return await work(this.client);
    } catch (error) {
      if (error instanceof Error && error.message.startsWith('CLIENTELA_')) throw error;
      throw new StateUnavailableError(`redis: ${(error as Error).message}`, { cause: error });
    }
  }

  /** Runs one of the scripts with its keys and arguments. */
  script(name: ScriptName, keys: readonly string[], args: readonly (string | number)[]): Promise<unknown> {
    return this.run((client) => (client as unknown as Record<ScriptName, (...a: unknown[]) => Promise<unknown>>)[name](keys.length, ...keys, ...args));
  }

  /** Every key matching a pattern (SCAN, in batches). */
  async keys(pattern: string): Promise<string[]> {
    return this.run(async (client) => {
      const found: string[] = [];
      let cursor = '0';
      do {
        const [next, batch] = await client.scan(cursor, 'MATCH', pattern, 'COUNT', 1000);
        cursor = next;
        found.push(...batch);
      } while (cursor !== '0');
      return found;
    });
  }

  /** Says goodbye when connected (QUIT); otherwise stops reconnecting at once. */
  async close(): Promise<void> {
    if (this.client.status !== 'ready') return this.client.disconnect();
    try {
      await this.client.quit();
    } catch {
      this.client.disconnect();
    }
  }
}
