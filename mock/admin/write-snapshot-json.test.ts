import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { StateSnapshot } from '../../src/state/state-store.js';
import { writeSnapshotJson } from './write-snapshot-json.js';

async function written(snapshot: StateSnapshot, highWaterMark = 16 * 1024): Promise<{ text: string; chunks: number }> {
  const out = new PassThrough({ highWaterMark });
  const chunks: string[] = [];
  // A slow reader: the writer must wait for it, not buffer everything.
  out.on('data', (chunk: Buffer) => {
    chunks.push(chunk.toString('utf8'));
    out.pause();
    setImmediate(() => out.resume());
  });
  const ended = new Promise((resolve) => out.on('end', resolve));
  await writeSnapshotJson(out, snapshot);
  out.end();
  await ended;
  return { text: chunks.join(''), chunks: chunks.length };
}

describe('writeSnapshotJson', () => {
  it('writes exactly the text JSON.stringify gives, for empty and odd snapshots', async () => {
    const cases: StateSnapshot[] = [
      { tables: {}, meta: {} },
      { tables: { 'a.empty': {} }, meta: { counter: 3 } },
      { tables: { 'a.x': { '1': { id: 1, name: 'Zé "aspas" \\ \u2028' } }, 'b.y': { k: { nested: [1, { deep: null }] } } }, meta: { seq: 9, nested: { a: 1 } } },
    ];
    for (const snapshot of cases) expect((await written(snapshot)).text).toBe(JSON.stringify(snapshot));
  });

  it('writes a large table in many chunks that together are the JSON of the whole', async () => {
    const rows = Object.fromEntries(Array.from({ length: 25_000 }, (_, i) => [String(i), { id: i, cpf: `cpf-${i}`, note: 'x'.repeat(20) }]));
    const snapshot: StateSnapshot = { tables: { 'big.rows': rows, 'small.rows': { a: { id: 'a' } } }, meta: { seq: 25_000 } };
    const { text, chunks } = await written(snapshot);
    expect(text).toBe(JSON.stringify(snapshot));
    expect(chunks).toBeGreaterThan(25);
  });
});
