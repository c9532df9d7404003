import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../helpers/free-port.js';

/**
 * Whether `redis-server` is installed. Absent on a developer's machine, the Redis tests are skipped with a
 * warning; absent in CI (CI=true, where `.ci/run` installs it), they fail.
 */
export function redisInstalled(): boolean {
  const found = spawnSync('redis-server', ['--version'], { stdio: 'ignore' }).status === 0;
  if (found) return true;
  if (process.env.CI) throw new Error('redis-server is not on PATH, and CI must run the Redis tests: install it (apt-get install redis-server)');
  console.warn('\n*** redis-server is not on PATH: the Redis backend tests are SKIPPED (apt-get install redis-server to run them) ***\n');
  return false;
}


function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.end();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** A redis-server of a test's own on 127.0.0.1 and a free port; `persistent` keeps an append-only file (fsync always) across restarts. */
export class TestRedis {
  readonly port: number;
  #process: ChildProcess | undefined;
  #dir: string;
  #persistent: boolean;

  private constructor(port: number, persistent: boolean) {
    this.port = port;
    this.#persistent = persistent;
    this.#dir = mkdtempSync(join(tmpdir(), 'clientela-redis-'));
  }

  static async start(options: { persistent?: boolean } = {}): Promise<TestRedis> {
    const redis = new TestRedis(await freePort(), options.persistent ?? false);
    await redis.restart();
    return redis;
  }

  get url(): string {
    return `redis://127.0.0.1:${this.port}/0`;
  }

  /** Starts the server (again) and resolves once it accepts connections. */
  async restart(): Promise<void> {
    const persistence = this.#persistent ? ['--appendonly', 'yes', '--appendfsync', 'always'] : ['--appendonly', 'no'];
    this.#process = spawn('redis-server', ['--port', String(this.port), '--bind', '127.0.0.1', '--save', '', ...persistence, '--dir', this.#dir], { stdio: 'ignore' });
    for (let i = 0; i < 200 && !(await accepts(this.port)); i++) await new Promise((resolve) => setTimeout(resolve, 25));
  }

  /** Kills the server at once (SIGKILL: no goodbye to its clients) and resolves when it is gone. */
  async kill(): Promise<void> {
    const child = this.#process;
    if (!child || child.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGKILL');
    });
  }

  async stop(): Promise<void> {
    await this.kill();
    rmSync(this.#dir, { recursive: true, force: true });
  }
}
