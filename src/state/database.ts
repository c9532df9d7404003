import { Low, Memory } from 'lowdb';
import { type CommittedChanges, WriteAheadFile } from './write-ahead-file.js';

/** Everything a sandbox holds: one record of rows per table, plus free-form counters (sequences, reservations). */
export type DatabaseData = { tables: Record<string, Record<string, unknown>>; meta: Record<string, unknown> };

export type DatabaseOptions = {
  /** Persist to this JSON file (a snapshot) and `file.log` (every committed transaction, fsynced before it resolves). */
  file?: string;
  /** Compact the log into the snapshot past this many bytes. */
  compactBytes?: number;
  /** Where a torn record or a failed compaction is reported. */
  log?: (line: string) => void;
};

/**
 * The lowdb document of one sandbox, in memory. With a file, every committed transaction is appended to a log and
 * fsynced before its commit resolves (concurrent commits share one fsync), and the log is compacted into the file.
 */
export class Database {
  readonly low: Low<DatabaseData>;
  #file: WriteAheadFile | undefined;
  #listeners: Array<() => void> = [];
  #version = 0;

  constructor(options: DatabaseOptions = {}) {
    this.low = new Low<DatabaseData>(new Memory<DatabaseData>(), { tables: {}, meta: {} });
    this.#file = options.file ? new WriteAheadFile(options.file, options) : undefined;
    this.persistent = Boolean(options.file);
  }

  readonly persistent: boolean;

  get data(): DatabaseData {
    return this.low.data;
  }

  /**
   * Loads the file and its log, when there are any (else keeps what is in memory), writes it as the snapshot and
   * starts logging commits: changes made before `open` are not logged.
   */
  async open(): Promise<void> {
    if (!this.#file) return;
    const loaded = await this.#file.load();
    if (loaded) {
      this.low.data = loaded;
      this.#version++;
      this.#notify();
    }
    await this.#file.start(() => this.low.data);
  }

  table(name: string): Record<string, unknown> {
    return (this.low.data.tables[name] ??= {});
  }

  /** Grows by one at every change: answers computed from the state stay valid while it is the same. */
  get version(): number {
    return this.#version;
  }

  /** Marks the document changed. */
  changed(): void {
    this.#version++;
  }

  /** Logs one committed transaction (once open); resolves when it is on disk. */
  commit(changes: CommittedChanges): Promise<void> {
    return this.#file ? this.#file.commit(changes) : Promise.resolve();
  }

  /** Resolves when every commit so far is on disk. */
  async flush(): Promise<void> {
    await this.#file?.flush();
  }

  /** Compacts the log into the file and stops: a replaced sandbox must not keep writing the same file. */
  async close(): Promise<void> {
    await this.#file?.close();
    this.#listeners = [];
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

  /** Writes the whole document as the file's snapshot (after a `replace`); resolves when it is on disk. */
  async persist(): Promise<void> {
    await this.#file?.compact();
  }

  /** Called after `open` and `replace`, so indexes can be rebuilt from the rows. */
  onReplace(listener: () => void): void {
    this.#listeners.push(listener);
  }

  #notify(): void {
    for (const listener of this.#listeners) listener();
  }
}
