import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const src = join(import.meta.dirname, '..', '..', 'src');

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)]));
}

describe('the kit in src/ knows no API', () => {
  it('names no vendor anywhere in src/ (everything vendor-specific comes from the plug-ins)', () => {
    const all = files(src);
    expect(all.length).toBeGreaterThan(50);
    const naming = all.filter((file) => /firstvision|credere|fiserv/i.test(readFileSync(file, 'utf8')));
    expect(naming).toEqual([]);
  });
});
