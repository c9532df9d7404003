import { execFileSync } from 'node:child_process';
import { freePort } from './free-port.js';
import { spawnTarget, type Target } from '../spawn-target.js';

/** A `redis-server` the bench started for itself (no persistence, loopback only), with what the bench reads of it. */
export type RedisServer = {
  /** `redis://127.0.0.1:PORT/DB`: one database per clientela target, so two targets never share a sandbox. */
  url: (db: number) => string;
  /** Redis's own count of its data (`INFO memory` used_memory), in MB. */
  usedMemoryMb: () => number;
  /** Commands Redis executed since the last `resetStats` (`INFO commandstats`), by command. */
  commands: () => Map<string, number>;
  resetStats: () => void;
  rssMb: () => number;
  stop: () => Promise<void>;
};

function onPath(command: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/**
 * Starts `redis-server --port <free> --save '' --appendonly no` on 127.0.0.1, or answers why it cannot
 * ("redis-server absent" when it is not on PATH), so the bench reports the Redis figures as not measured.
 * @example const redis = await startRedisServer(); if (typeof redis !== 'string') redis.url(1)
 */
export async function startRedisServer(): Promise<RedisServer | string> {
  if (!onPath('redis-server') || !onPath('redis-cli')) return 'redis-server absent';
  const port = await freePort();
  let target: Target;
  try {
    target = await spawnTarget('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { readyPattern: /Ready to accept connections()/ });
  } catch (error) {
    return `redis-server did not start: ${String((error as Error).message).split('\n')[0]}`;
  }
  const cli = (...args: string[]): string => execFileSync('redis-cli', ['-p', String(port), ...args], { encoding: 'utf8' });
  return {
    url: (db) => `redis://127.0.0.1:${port}/${db}`,
    usedMemoryMb: () => Number(/used_memory:(\d+)/.exec(cli('INFO', 'memory'))?.[1] ?? Number.NaN) / 2 ** 20,
    commands: () => new Map([...cli('INFO', 'commandstats').matchAll(/cmdstat_([\w|]+):calls=(\d+)/g)].map((m) => [m[1] as string, Number(m[2])])),
    resetStats: () => void cli('CONFIG', 'RESETSTAT'),
    rssMb: target.rssMb,
    stop: target.stop,
  };
}
