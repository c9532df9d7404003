import { describe, expect, it } from 'vitest';
import { parseInstant } from './parse-instant.js';

describe('parseInstant', () => {
  it.each([
    ['2026-06-01T12:00:00-03:00', '2026-06-01T15:00:00.000Z'],
    ['2026-06-01T15:00Z', '2026-06-01T15:00:00.000Z'],
    ['2026-06-01T15:00:00.250Z', '2026-06-01T15:00:00.250Z'],
  ])('reads %s', (text, iso) => {
    const parsed = parseInstant(text);
    expect(parsed.ok && parsed.at.toISOString()).toBe(iso);
  });

  it.each(['2026-06-01', '2026-06-01T12:00:00', '2026-02-31T12:00:00Z', 'tomorrow', 42, undefined])('refuses %j with a reason', (value) => {
    const parsed = parseInstant(value);
    expect(parsed.ok).toBe(false);
  });
});
