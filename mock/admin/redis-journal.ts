import type { RedisConnection } from '../../src/state/redis-connection.js';
import { maskedRecord } from './journal-entry.js';
import { type JournalRecord, RequestJournal } from './request-journal.js';

const STREAM = 'clientela:{journal}:requests';
const IDS = 'clientela:{journal}:ids';

type StreamEntry = [string, string[]];

/** A stream entry's fields as a map (XADD wrote `id`, `sandbox`, `record`). */
function fieldsOf(entry: StreamEntry): Map<string, string> {
  const fields = new Map<string, string>();
  for (let i = 0; i + 1 < entry[1].length; i += 2) fields.set(entry[1][i] as string, entry[1][i + 1] as string);
  return fields;
}

/**
 * The request journal of every instance sharing one Redis: each answered request is appended (masked) to a
 * capped stream (XADD MAXLEN ~ capacity) under an id from one shared counter, and a read copies the newest
 * `capacity` entries into the in-process ring, so `/__admin/requests` on any instance shows all their traffic.
 * Recording never waits for Redis; an entry Redis could not take is lost, the request is not.
 * @example const journal = new RedisJournal(redis, 1000); journal.record(record); await journal.refresh()
 */
export class RedisJournal extends RequestJournal {
  #redis: RedisConnection;
  #total = 0;

  constructor(redis: RedisConnection, capacity = 1000) {
    super(capacity);
    this.#redis = redis;
  }

  override get total(): number {
    return this.#total;
  }

  override record(record: JournalRecord, id?: number): void {
    if (id !== undefined) return super.record(record, id);
    if (this.capacity === 0) return;
    void this.#redis.script('clientelaJournal', [STREAM, IDS], [this.capacity, JSON.stringify(maskedRecord(record)), record.sandbox]).catch(() => undefined);
  }

  override async refresh(): Promise<void> {
    if (this.capacity === 0) return;
    const [entries, total] = await this.#redis.run((client) =>
      Promise.all([client.xrevrange(STREAM, '+', '-', 'COUNT', this.capacity) as Promise<StreamEntry[]>, client.get(IDS)]),
    );
    this.clear();
    for (let i = entries.length - 1; i >= 0; i--) {
      const fields = fieldsOf(entries[i] as StreamEntry);
      const record = fields.get('record');
      if (record) super.record(JSON.parse(record) as JournalRecord, Number(fields.get('id')));
    }
    this.#total = Number(total ?? 0);
  }

  override async forget(sandbox?: string): Promise<void> {
    await this.#redis.run(async (client) => {
      if (sandbox === undefined) return void (await client.del(STREAM));
      const entries = (await client.xrange(STREAM, '-', '+')) as StreamEntry[];
      const ids = entries.filter((entry) => fieldsOf(entry).get('sandbox') === sandbox).map(([id]) => id);
      for (let i = 0; i < ids.length; i += 1000) await client.xdel(STREAM, ...ids.slice(i, i + 1000));
    });
    await this.refresh();
  }
}
