import { appendFileSync, copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MemoryState } from './memory-state.js';
import { collection } from './state-store.js';

const rows = collection<{ id: string; n?: number }>('rows', (row) => row.id);
const fileIn = () => join(mkdtempSync(join(tmpdir(), 'clientela-wal-')), 'state.json');

/**
 * Files as a killed process leaves them: `count` transactions committed, no compaction at close. They are copied to
 * `file` (the process that wrote them is still open on its own copy, as a dead one would be, and never closes).
 */
async function crashedWith(file: string, count: number): Promise<void> {
  const written = `${file}.written.json`;
  const state = new MemoryState({ file: written, collections: [rows] });
  await state.open();
  for (let i = 0; i < count; i++) await state.transaction(async (tx) => {
    await tx.insert(rows, { id: String(i) });
    await tx.setCounter('rows', i + 1);
  });
  copyFileSync(written, file);
  copyFileSync(`${written}.log`, `${file}.log`);
}

describe('the data file log', () => {
  it('has every committed transaction on disk when the transaction resolves, counters included', async () => {
    const file = fileIn();
    await crashedWith(file, 25);
    const reopened = new MemoryState({ file, collections: [rows] });
    await reopened.open();
    expect(await reopened.counts()).toEqual({ rows: 25 });
    expect(await reopened.transaction((tx) => tx.counter('rows'), { readOnly: true })).toBe(25);
    await reopened.close();
  });

  it('ignores a torn last record, with one log line, and keeps the records before it', async () => {
    const file = fileIn();
    await crashedWith(file, 3);
    appendFileSync(`${file}.log`, '0badc0de {"n":4,"w":[["rows","3",{"id":"3"');
    const lines: string[] = [];
    const reopened = new MemoryState({ file, collections: [rows], log: (line) => lines.push(line) });
    await reopened.open();
    expect(await reopened.counts()).toEqual({ rows: 3 });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/state\.json\.log: ignored a torn or corrupt record at byte \d+/);
    // The next commit follows the good records, and a later start needs no repair.
    await reopened.transaction((tx) => tx.insert(rows, { id: 'after' }));
    const again = new MemoryState({ file, collections: [rows], log: (line) => lines.push(line) });
    await again.open();
    expect(await again.counts()).toEqual({ rows: 4 });
    expect(lines).toHaveLength(1);
    await reopened.close();
    await again.close();
  });

  it('refuses a record whose checksum does not match its line', async () => {
    const file = fileIn();
    await crashedWith(file, 2);
    const log = readFileSync(`${file}.log`, 'utf8');
    expect(log.trim().split('\n')).toHaveLength(2);
    appendFileSync(`${file}.log`, log.trim().split('\n')[1]?.replace('"1"', '"9"') + '\n');
    const lines: string[] = [];
    const reopened = new MemoryState({ file, collections: [rows], log: (line) => lines.push(line) });
    await reopened.open();
    expect(await reopened.counts()).toEqual({ rows: 2 });
    expect(lines).toHaveLength(1);
    await reopened.close();
  });

  it('compacts the log into the snapshot at close, the snapshot then holding everything', async () => {
    const file = fileIn();
    const state = new MemoryState({ file, collections: [rows] });
    await state.open();
    for (let i = 0; i < 10; i++) await state.transaction((tx) => tx.insert(rows, { id: String(i) }));
    expect(readFileSync(`${file}.log`, 'utf8').trim().split('\n')).toHaveLength(10);
    await state.close();
    expect(readFileSync(`${file}.log`, 'utf8')).toBe('');
    expect(Object.keys(JSON.parse(readFileSync(file, 'utf8')).tables.rows)).toHaveLength(10);
  });
});
