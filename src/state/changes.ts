import type { CommittedChanges } from './write-ahead-file.js';

/** What one transaction wrote, the last version per row and counter (what its log record holds). */
export class Changes {
  #rows = new Map<string, [string, string, unknown]>();
  #counters = new Map<string, unknown>();

  row(table: string, id: string, row: unknown): void {
    this.#rows.set(`${table}\u0000${id}`, [table, id, row]);
  }

  counter(name: string, value: unknown): void {
    this.#counters.set(name, value);
  }

  get empty(): boolean {
    return this.#rows.size === 0 && this.#counters.size === 0;
  }

  clear(): void {
    this.#rows.clear();
    this.#counters.clear();
  }

  /** The changes (the rows by reference: the log serializes them at once, at commit). */
  take(): CommittedChanges {
    return { rows: [...this.#rows.values()], counters: [...this.#counters.entries()] };
  }
}
