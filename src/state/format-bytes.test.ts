import { describe, expect, it } from 'vitest';
import { formatBytes, parseBytes } from './format-bytes.js';

describe('sizes', () => {
  it.each([
    ['512MB', 512 * 2 ** 20],
    ['1.5gb', 1.5 * 2 ** 30],
    ['64 kb', 64 * 1024],
    ['2048', 2048],
  ])('reads %s in binary units', (text, bytes) => {
    expect(parseBytes(text)).toBe(bytes);
  });

  it.each(['', 'lots', '-1MB', '5 apples', '1e9'])('refuses %j', (text) => {
    expect(parseBytes(text)).toBeUndefined();
  });

  it('writes a size in the largest unit that keeps it at 1 or more', () => {
    expect(formatBytes(512 * 2 ** 20)).toBe('512 MB');
    expect(formatBytes(1.25 * 2 ** 30)).toBe('1.3 GB');
    expect(formatBytes(100)).toBe('100 B');
  });
});
