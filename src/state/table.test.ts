import { describe, expect, it } from 'vitest';
import { Database } from './database.js';
import { Table } from './table.js';

type Row = { id: string; owner: string; email?: string };

function table(db = new Database()) {
  return new Table<Row>(db, 'rows', (row) => row.id, [
    { name: 'owner', kind: 'group', key: (row) => row.owner },
    { name: 'email', kind: 'unique', key: (row) => row.email },
  ]);
}

describe('Table', () => {
  it('finds rows by id, unique key and group, in insertion order', () => {
    const rows = table();
    rows.insert({ id: 'a', owner: 'x', email: 'a@x' });
    rows.insert({ id: 'b', owner: 'x' });
    rows.insert({ id: 'c', owner: 'y', email: 'c@y' });
    expect(rows.get('b')?.owner).toBe('x');
    expect(rows.find('email', 'c@y')?.id).toBe('c');
    expect(rows.group('owner', 'x').map((row) => row.id)).toEqual(['a', 'b']);
    expect(rows.group('owner', 'x', 1, 5).map((row) => row.id)).toEqual(['b']);
    expect(rows.size).toBe(3);
  });

  it('refuses a second row with the same id', () => {
    const rows = table();
    rows.insert({ id: 'a', owner: 'x' });
    expect(() => rows.insert({ id: 'a', owner: 'y' })).toThrow(/already exists/);
  });

  it('keeps a replaced row in its place unless its key changed', () => {
    const rows = table();
    rows.insert({ id: 'a', owner: 'x' });
    rows.insert({ id: 'b', owner: 'x' });
    rows.replace({ id: 'a', owner: 'x', email: 'new@x' });
    expect(rows.group('owner', 'x').map((row) => row.id)).toEqual(['a', 'b']);
    expect(rows.find('email', 'new@x')?.id).toBe('a');
    rows.replace({ id: 'a', owner: 'z' });
    expect(rows.group('owner', 'x').map((row) => row.id)).toEqual(['b']);
    expect(rows.find('email', 'new@x')).toBeUndefined();
    expect(rows.size).toBe(2);
  });

  it('rebuilds its indexes when the document is replaced (snapshot import)', () => {
    const db = new Database();
    const rows = table(db);
    rows.insert({ id: 'a', owner: 'x', email: 'a@x' });
    const snapshot = db.snapshot();
    rows.insert({ id: 'b', owner: 'x' });
    db.replace(snapshot);
    expect(rows.size).toBe(1);
    expect(rows.group('owner', 'x').map((row) => row.id)).toEqual(['a']);
    expect(rows.find('email', 'a@x')?.id).toBe('a');
  });

  it('does not treat prototype names as ids', () => {
    const rows = table();
    expect(rows.get('__proto__')).toBeUndefined();
    expect(rows.get('constructor')).toBeUndefined();
  });
});
