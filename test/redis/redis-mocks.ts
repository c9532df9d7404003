import { afterAll, beforeAll } from 'vitest';
import { type RunningMock, startMock } from '../helpers/start-mock.js';
import { TestRedis } from './redis-server.js';

export type SharedRedis = { redis: TestRedis; a: RunningMock; b: RunningMock };

/** One redis-server and two mock instances sharing it (each its own Express app, port and Redis connection). */
export function twoInstances(options: { persistent?: boolean } = {}): () => SharedRedis {
  let shared: SharedRedis | undefined;
  beforeAll(async () => {
    const redis = await TestRedis.start(options);
    const a = await startMock({ state: redis.url });
    const b = await startMock({ state: redis.url });
    shared = { redis, a, b };
  });
  afterAll(async () => {
    for (const mock of [shared?.a, shared?.b]) {
      await mock?.close();
      await mock?.disconnect();
    }
    await shared?.redis.stop();
  });
  return () => {
    if (!shared) throw new Error('twoInstances(): use it inside a test');
    return shared;
  };
}
