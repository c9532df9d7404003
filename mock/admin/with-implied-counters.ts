import type { StateSnapshot } from '../../src/state/state-store.js';
import type { MountedApi } from '../mounted-api.js';

/**
 * A snapshot to import, its counters raised to what its rows imply (each API's `countersOf`): a hand-made or
 * trimmed snapshot without counters would otherwise make the sequences hand out ids its rows already hold.
 * @example await world.state.restore(withImpliedCounters(snapshot, context.apis))
 */
export function withImpliedCounters(snapshot: StateSnapshot, apis: readonly MountedApi[]): StateSnapshot {
  const meta = { ...snapshot.meta };
  for (const { runtime } of apis) {
    for (const [name, value] of Object.entries(runtime.countersOf?.(snapshot.tables) ?? {})) {
      const given = meta[name];
      if (typeof given !== 'number' || given < value) meta[name] = value;
    }
  }
  return { tables: snapshot.tables, meta };
}
