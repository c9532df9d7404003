import type { Writable } from 'node:stream';
import type { StateSnapshot } from '../../src/state/state-store.js';

/** Rows per written chunk: big enough to keep the writes few, small enough that no chunk is a large string. */
const ROWS_PER_CHUNK = 1000;

/** Writes `chunk`, then waits for the stream to drain when its buffer is full (a slow reader holds no more than that). */
async function write(out: Writable, chunk: string): Promise<void> {
  if (out.write(chunk)) return;
  await new Promise<void>((resolve, reject) => {
    const done = (error?: Error): void => {
      out.off('drain', done);
      out.off('close', done);
      out.off('error', done);
      if (error) reject(error);
      else resolve();
    };
    out.once('drain', done);
    out.once('close', done);
    out.once('error', done);
  });
}

/**
 * Writes a snapshot as the same JSON text `JSON.stringify(snapshot)` gives, a thousand rows at a time: a world
 * of millions of rows is one string V8 cannot hold (about 512 MB at most), while its rows, one by one, fit.
 * @example await writeSnapshotJson(response, await world.state.snapshot()); response.end()
 */
export async function writeSnapshotJson(out: Writable, snapshot: StateSnapshot): Promise<void> {
  await write(out, '{"tables":{');
  let firstTable = true;
  for (const [name, rows] of Object.entries(snapshot.tables)) {
    await write(out, `${firstTable ? '' : ','}${JSON.stringify(name)}:{`);
    firstTable = false;
    let parts: string[] = [];
    let firstRow = true;
    for (const [id, row] of Object.entries(rows)) {
      parts.push(`${firstRow ? '' : ','}${JSON.stringify(id)}:${JSON.stringify(row)}`);
      firstRow = false;
      if (parts.length === ROWS_PER_CHUNK) {
        await write(out, parts.join(''));
        parts = [];
      }
    }
    await write(out, `${parts.join('')}}`);
  }
  await write(out, `},"meta":${JSON.stringify(snapshot.meta)}}`);
}
