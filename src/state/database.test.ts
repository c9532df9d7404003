import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Database } from './database.js';
import { MemoryState } from './memory-state.js';
import { collection } from './state-store.js';

const rows = collection<{ id: string }>('rows', (row) => row.id);

describe('Database with a data file', () => {
  it('persists a burst of changes and reloads them after a restart', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'clientela-db-')), 'state.json');
    const state = new MemoryState({ file, collections: [rows] });
    await state.open();
    for (let i = 0; i < 1000; i++) await state.transaction((tx) => tx.insert(rows, { id: String(i) }));
    await state.close();
    expect(Object.keys(JSON.parse(readFileSync(file, 'utf8')).tables.rows)).toHaveLength(1000);

    const reopened = new MemoryState({ file, collections: [rows] });
    await reopened.open();
    await reopened.transaction(async (tx) => {
      expect(await tx.size(rows)).toBe(1000);
      expect(await tx.get(rows, '999')).toEqual({ id: '999' });
    }, { readOnly: true });
    await reopened.close();
    expect(new Database({ file }).persistent).toBe(true);
  });
});
