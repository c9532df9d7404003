/**
 * The Redis key names of one sandbox. Every key carries the sandbox name as a Redis Cluster hash tag (`{name}`),
 * so a sandbox lives on one shard and a transaction's multi-key commit is one atomic script.
 * @example const keys = redisKeys('ci-1'); keys.rows('shop.orders') // 'clientela:{ci-1}:rows:shop.orders'
 */
export function redisKeys(sandbox: string) {
  const prefix = `clientela:{${sandbox}}:`;
  return {
    prefix,
    /** Every key of the sandbox (for SCAN). */
    pattern: `${prefix}*`,
    lock: `${prefix}lock`,
    init: `${prefix}init`,
    ready: `${prefix}ready`,
    version: `${prefix}version`,
    meta: `${prefix}meta`,
    rows: (collection: string) => `${prefix}rows:${collection}`,
    unique: (collection: string, index: string) => `${prefix}unique:${collection}:${index}`,
    group: (collection: string, index: string, key: string) => `${prefix}group:${collection}:${index}:${key}`,
  };
}

export type RedisKeys = ReturnType<typeof redisKeys>;
