import { Low, Memory } from 'lowdb';
import { JSONFile } from 'lowdb/node';

/** Everything a sandbox holds: one record of rows per table, plus free-form counters (sequences, reservations). */
export type DatabaseData = { tables: Record<string, Record<string, unknown>>; meta: Record<string, unknown> };

export type DatabaseOptions = {
  /** Persist to this JSON file (atomic writes by lowdb/steno), batched: at most one write per `flushMs`. */
  file?: string;
  flushMs?: number;
};

/**
 * The lowdb document of one sandbox. In memory by default; with a file, every change is written back in
 * batches (the whole document, atomically), so a burst of 1,000 writes costs one file write.
 */
export class Database {
  readonly low: Low<DatabaseData>;
  #flushMs: number;
  #timer: NodeJS.Timeout | undefined;
  #writing: Promise<void> = Promise.resolve();
  #listeners: Array<() => void> = [];
  #version = 0;
  #writeError: Error | undefined;

  constructor(options: DatabaseOptions = {}) {
    const adapter = options.file ? new JSONFile<DatabaseData>(options.file) : new Memory<DatabaseData>();
    this.low = new Low<DatabaseData>(adapter, { tables: {}, meta: {} });
    this.#flushMs = options.flushMs ?? 100;
    this.persistent = Boolean(options.file);
  }

  readonly persistent: boolean;

  get data(): DatabaseData {
    return this.low.data;
  }

  /** Loads the file, when there is one. */
  async open(): Promise<void> {
    if (!this.persistent) return;
    await this.low.read();
    this.low.data ??= { tables: {}, meta: {} };
    this.#version++;
    this.#notify();
  }

  table(name: string): Record<string, unknown> {
    return (this.low.data.tables[name] ??= {});
  }

  /** Grows by one at every change: answers computed from the state stay valid while it is the same. */
  get version(): number {
    return this.#version;
  }

  /** Marks the document changed; a persistent database schedules one batched write. */
  changed(): void {
    this.#version++;
    if (!this.persistent || this.#timer) return;
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      this.#writing = this.#writing.then(() => this.#write());
    }, this.#flushMs);
    this.#timer.unref();
  }

  /** Writes any pending change now; a write that failed since the last flush is reported here, once. */
  async flush(): Promise<void> {
    if (this.#timer) {
      clearTimeout(this.#timer);
      this.#timer = undefined;
      this.#writing = this.#writing.then(() => this.#write());
    }
    await this.#writing;
    const error = this.#writeError;
    this.#writeError = undefined;
    if (error) throw error;
  }

  /** Writes what is pending and stops: a replaced sandbox must not keep writing the same file. */
  async close(): Promise<void> {
    await this.flush();
    this.#listeners = [];
  }

  // A failed batched write (disk full, folder gone) must not crash the server from a timer: it is kept for `flush`.
  async #write(): Promise<void> {
    try {
      await this.low.write();
    } catch (error) {
      this.#writeError = error as Error;
    }
  }

  /** A deep copy of the whole document. */
  snapshot(): DatabaseData {
    return structuredClone(this.low.data);
  }

  /**
   * Replaces the whole document (tables rebuild their indexes through `onReplace`). When a rebuild fails (a row
   * of the wrong shape), the previous document is put back, indexes included, and the error is rethrown.
   */
  replace(data: DatabaseData): void {
    const previous = this.low.data;
    this.#version++;
    this.low.data = structuredClone({ tables: data.tables ?? {}, meta: data.meta ?? {} });
    try {
      this.#notify();
    } catch (error) {
      this.low.data = previous;
      this.#notify();
      throw error;
    }
    this.changed();
  }

  /** Called after `open` and `replace`, so indexes can be rebuilt from the rows. */
  onReplace(listener: () => void): void {
    this.#listeners.push(listener);
  }

  #notify(): void {
    for (const listener of this.#listeners) listener();
  }
}
