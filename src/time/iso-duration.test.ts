import { describe, expect, it } from 'vitest';
import { addDuration, parseIsoDuration } from './iso-duration.js';

const at = new Date('2026-01-31T12:00:00Z');
function moved(text: string): string {
  const parsed = parseIsoDuration(text);
  if (!parsed.ok) throw new Error(parsed.reason);
  return addDuration(at, parsed.duration).toISOString();
}

describe('ISO 8601 durations', () => {
  it.each([
    ['PT15M', '2026-01-31T12:15:00.000Z'],
    ['P30D', '2026-03-02T12:00:00.000Z'],
    ['P1DT2H', '2026-02-01T14:00:00.000Z'],
    ['P2W', '2026-02-14T12:00:00.000Z'],
    ['PT0.5S', '2026-01-31T12:00:00.500Z'],
    ['P1Y', '2027-01-31T12:00:00.000Z'],
    ['-PT1H', '2026-01-31T11:00:00.000Z'],
  ])('%s moves 2026-01-31T12:00Z to %s', (text, expected) => {
    expect(moved(text)).toBe(expected);
  });

  it.each(['', 'P', 'PT', '15M', 'P1H', 'PT1D', 'P1DT', 'soon', 'P-1D'])('refuses %j with a reason', (text) => {
    const parsed = parseIsoDuration(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.reason).toContain('ISO 8601 duration');
  });
});
