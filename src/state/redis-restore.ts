import type { RedisKeys } from './redis-keys.js';
import type { AnyCollection, Collection, StateSnapshot } from './state-store.js';

/**
 * The Redis commands that store a snapshot: rows, their indexes (groups in the snapshot's row order), counters.
 * A row whose index key cannot be computed (a row of the wrong shape) throws, naming the collection and row,
 * before anything is sent.
 */
export function restoreCommands(collections: readonly AnyCollection[], keys: RedisKeys, snapshot: StateSnapshot): Array<[string, ...string[]]> {
  const commands: Array<[string, ...string[]]> = [];
  for (const any of collections) {
    const spec = any as unknown as Collection<object>;
    const rows = snapshot.tables?.[spec.name] ?? {};
    const hash: string[] = [];
    const unique = new Map<string, string[]>();
    const groups = new Map<string, string[]>();
    for (const [id, row] of Object.entries(rows)) {
      hash.push(id, JSON.stringify(row));
      for (const index of spec.indexes) {
        let key: string | undefined;
        try {
          key = index.key(row as object);
        } catch (error) {
          throw new Error(`collection ${spec.name}, row ${id}: ${(error as Error).message}`, { cause: error });
        }
        if (key === undefined) continue;
        const target = index.kind === 'unique' ? keys.unique(spec.name, index.name) : keys.group(spec.name, index.name, key);
        const map = index.kind === 'unique' ? unique : groups;
        const list = map.get(target) ?? [];
        map.set(target, list);
        if (index.kind === 'unique') list.push(key, id);
        else list.push(id);
      }
    }
    for (let i = 0; i < hash.length; i += 2000) commands.push(['HSET', keys.rows(spec.name), ...hash.slice(i, i + 2000)]);
    for (const [key, pairs] of unique) for (let i = 0; i < pairs.length; i += 2000) commands.push(['HSET', key, ...pairs.slice(i, i + 2000)]);
    for (const [key, ids] of groups) for (let i = 0; i < ids.length; i += 2000) commands.push(['RPUSH', key, ...ids.slice(i, i + 2000)]);
  }
  const meta = Object.entries(snapshot.meta ?? {}).flatMap(([name, value]) => [name, JSON.stringify(value)]);
  if (meta.length) commands.push(['HSET', keys.meta, ...meta]);
  return commands;
}
