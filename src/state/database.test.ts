import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Database } from './database.js';
import { Table } from './table.js';

describe('Database with a data file', () => {
  it('persists a burst of changes and reloads them after a restart', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'clientela-db-')), 'state.json');
    const db = new Database({ file, flushMs: 20 });
    await db.open();
    const rows = new Table<{ id: string }>(db, 'rows', (row) => row.id);
    for (let i = 0; i < 1000; i++) rows.insert({ id: String(i) });
    await db.flush();
    expect(Object.keys(JSON.parse(readFileSync(file, 'utf8')).tables.rows)).toHaveLength(1000);

    const reopened = new Database({ file });
    const again = new Table<{ id: string }>(reopened, 'rows', (row) => row.id);
    await reopened.open();
    expect(again.size).toBe(1000);
    expect(again.get('999')).toEqual({ id: '999' });
  });
});
