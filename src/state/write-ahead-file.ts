import { constants } from 'node:fs';
import { type FileHandle, open, readFile, rename, truncate } from 'node:fs/promises';
import { dirname } from 'node:path';
import { crc32 } from 'node:zlib';

/** A document as the file keeps it: rows by id per table, counters, and the last log record it contains. */
export type DurableData = { tables: Record<string, Record<string, unknown>>; meta: Record<string, unknown> };

/** What one committed transaction changed: final rows `[table, id, row]` and counters `[name, value]`. */
export type CommittedChanges = { rows: Array<[string, string, unknown]>; counters: Array<[string, unknown]> };

type LogRecord = { n: number; w: CommittedChanges['rows']; c: CommittedChanges['counters'] };
type Waiter = { resolve: () => void; reject: (error: Error) => void };

export type WriteAheadFileOptions = {
  /** Compact the log into the snapshot once it grows past this many bytes (default 16 MiB). */
  compactBytes?: number;
  log?: (line: string) => void;
};

function encode(record: LogRecord): string {
  const json = JSON.stringify(record);
  return `${crc32(json).toString(16).padStart(8, '0')} ${json}\n`;
}

/** The record of one log line, or undefined when the line is torn or its checksum does not match. */
function decode(line: string): LogRecord | undefined {
  const json = line.slice(9);
  if (line[8] !== ' ' || crc32(json).toString(16).padStart(8, '0') !== line.slice(0, 8)) return undefined;
  try {
    return JSON.parse(json) as LogRecord;
  } catch {
    return undefined;
  }
}

function apply(data: DurableData, record: LogRecord): void {
  for (const [table, id, row] of record.w) (data.tables[table] ??= {})[id] = row;
  for (const [name, value] of record.c) data.meta[name] = value;
}

async function syncFolder(path: string): Promise<void> {
  const folder = await open(dirname(path), constants.O_RDONLY);
  try {
    await folder.sync();
  } finally {
    await folder.close();
  }
}

/**
 * A document kept durable in two files: a snapshot (`file`, written whole and atomically) and an append-only log
 * (`file.log`, one checksummed JSON line per committed transaction). A commit's promise resolves once its line is
 * fsynced; commits that arrive while a sync runs share the next one (group commit). Start-up replays the log on the
 * snapshot; a torn last line (a crash mid-write) is dropped with one log line.
 * @example const file = new WriteAheadFile('state.json'); const data = await file.load(); await file.start(() => data)
 */
export class WriteAheadFile {
  /** The instance that holds each file: a new one (a reset sandbox) closes the old one before it reads. */
  static readonly #holders = new Map<string, WriteAheadFile>();
  readonly file: string;
  readonly logFile: string;
  #compactBytes: number;
  #log: (line: string) => void;
  #handle: FileHandle | undefined;
  #seq = 0;
  #logBytes = 0;
  #pending: string[] = [];
  #waiters: Waiter[] = [];
  #queue: Promise<void> = Promise.resolve();
  #scheduled = false;
  #current: (() => DurableData) | undefined;
  #closing: Promise<void> | undefined;

  constructor(file: string, options: WriteAheadFileOptions = {}) {
    this.file = file;
    this.logFile = `${file}.log`;
    this.#compactBytes = options.compactBytes ?? 16 * 2 ** 20;
    this.#log = options.log ?? ((line) => process.stderr.write(`${line}\n`));
  }

  /** The snapshot with the log replayed on it, or undefined when there is no file yet. */
  async load(): Promise<DurableData | undefined> {
    const holder = WriteAheadFile.#holders.get(this.file);
    WriteAheadFile.#holders.set(this.file, this);
    if (holder && holder !== this) await holder.close();
    const text = await readFile(this.file, 'utf8').catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return undefined;
      throw error;
    });
    const parsed = text === undefined ? undefined : (JSON.parse(text) as DurableData & { logSeq?: number });
    const data: DurableData = { tables: parsed?.tables ?? {}, meta: parsed?.meta ?? {} };
    this.#seq = parsed?.logSeq ?? 0;
    const replayed = await this.#replay(data);
    return parsed || replayed ? data : undefined;
  }

  async #replay(data: DurableData): Promise<boolean> {
    const log = await readFile(this.logFile, 'utf8').catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return '';
      throw error;
    });
    let offset = 0;
    let applied = false;
    while (offset < log.length) {
      const end = log.indexOf('\n', offset);
      const record = end < 0 ? undefined : decode(log.slice(offset, end));
      if (!record) {
        const dropped = Buffer.byteLength(log.slice(offset));
        this.#log(`data file ${this.logFile}: ignored a torn or corrupt record at byte ${Buffer.byteLength(log.slice(0, offset))} (${dropped} bytes dropped)`);
        await truncate(this.logFile, Buffer.byteLength(log.slice(0, offset)));
        break;
      }
      // Records up to the snapshot's `logSeq` are in it already (a crash between snapshot and truncation).
      if (record.n > this.#seq) {
        apply(data, record);
        this.#seq = record.n;
        applied = true;
      }
      offset = end + 1;
    }
    return applied;
  }

  /** Starts logging commits; `current` gives the live document (the next compaction writes it). */
  async start(current: () => DurableData): Promise<void> {
    this.#current = current;
    await this.compact();
  }

  /** Appends one transaction; resolves when it is on disk. */
  commit(changes: CommittedChanges): Promise<void> {
    if (!this.#handle) return Promise.resolve();
    const line = encode({ n: ++this.#seq, w: changes.rows, c: changes.counters });
    return new Promise<void>((resolve, reject) => {
      this.#pending.push(line);
      this.#waiters.push({ resolve, reject });
      this.#schedule(() => this.#syncPending());
    });
  }

  #schedule(step: () => Promise<void>): void {
    if (this.#scheduled) return;
    this.#scheduled = true;
    this.#queue = this.#queue.then(() => {
      this.#scheduled = false;
      return step();
    });
  }

  async #syncPending(): Promise<void> {
    const lines = this.#pending.splice(0);
    const waiters = this.#waiters.splice(0);
    if (!lines.length || !this.#handle) return;
    try {
      const chunk = lines.join('');
      await this.#handle.write(chunk);
      await this.#handle.datasync();
      this.#logBytes += Buffer.byteLength(chunk);
      for (const waiter of waiters) waiter.resolve();
    } catch (error) {
      for (const waiter of waiters) waiter.reject(error as Error);
    }
    if (this.#logBytes > this.#compactBytes) {
      this.#queue = this.#queue.then(() => this.#compactNow()).catch((error: Error) => this.#log(`data file ${this.file}: compaction failed: ${error.message}`));
    }
  }

  /** Writes the live document as the snapshot and empties the log (after what is queued now). */
  compact(): Promise<void> {
    if (!this.#current) return Promise.resolve();
    const done = this.#queue.then(() => this.#compactNow());
    this.#queue = done.catch(() => undefined);
    return done;
  }

  async #compactNow(): Promise<void> {
    // The snapshot holds every commit so far, written or still pending: those wait for it instead of the log.
    this.#pending = [];
    const waiters = this.#waiters.splice(0);
    const body = JSON.stringify({ ...this.#current?.(), logSeq: this.#seq });
    try {
      const temporary = `${this.file}.${process.pid}.tmp`;
      const handle = await open(temporary, 'w');
      try {
        await handle.writeFile(body);
        await handle.sync();
      } finally {
        await handle.close();
      }
      await rename(temporary, this.file);
      await syncFolder(this.file);
      await this.#handle?.close();
      this.#handle = await open(this.logFile, 'w');
      await this.#handle.sync();
      this.#logBytes = 0;
      for (const waiter of waiters) waiter.resolve();
    } catch (error) {
      for (const waiter of waiters) waiter.reject(error as Error);
      throw error;
    }
  }

  /** Resolves when everything committed so far is on disk. */
  async flush(): Promise<void> {
    await this.#queue;
  }

  /** Compacts and stops logging. */
  close(): Promise<void> {
    this.#closing ??= (async () => {
      await this.compact();
      await this.#handle?.close();
      this.#handle = undefined;
      this.#current = undefined;
      if (WriteAheadFile.#holders.get(this.file) === this) WriteAheadFile.#holders.delete(this.file);
    })();
    return this.#closing;
  }
}
