import { describe, expect, it } from 'vitest';
import { Clock } from './clock.js';

const at = new Date('2026-06-01T15:00:00Z');
const plus = (ms: number) => (now: Date) => new Date(now.getTime() + ms);

describe('Clock', () => {
  it('reads the wall clock until told otherwise', () => {
    const clock = new Clock();
    expect(clock.mode).toBe('real');
    expect(Math.abs(clock.millis() - Date.now())).toBeLessThan(50);
  });

  it('freezes at an instant and moves only when advanced, backwards too', () => {
    const clock = new Clock();
    clock.freeze(at);
    expect(clock.now().toISOString()).toBe('2026-06-01T15:00:00.000Z');
    clock.advance(plus(15 * 60_000));
    expect(clock.now().toISOString()).toBe('2026-06-01T15:15:00.000Z');
    clock.advance(plus(-86_400_000));
    expect(clock.isoDate()).toBe('2026-05-31');
    expect(clock.mode).toBe('frozen');
  });

  it('runs from an instant at the wall clock pace, and an advance keeps it running', async () => {
    const clock = new Clock();
    clock.runFrom(at);
    const first = clock.millis();
    expect(Math.abs(first - at.getTime())).toBeLessThan(50);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(clock.millis()).toBeGreaterThan(first);
    clock.advance(plus(86_400_000));
    expect(clock.mode).toBe('offset');
    expect(clock.isoDate()).toBe('2026-06-02');
  });

  it('starts running with an offset when a real clock is advanced, and goes back with reset', () => {
    const clock = new Clock();
    clock.advance(plus(30 * 86_400_000));
    expect(clock.mode).toBe('offset');
    expect(clock.millis() - Date.now()).toBeGreaterThan(29 * 86_400_000);
    clock.reset();
    expect(clock.mode).toBe('real');
    expect(Math.abs(clock.millis() - Date.now())).toBeLessThan(50);
  });

  it('a pin holds the time over any mode, and releasing it restores the mode', () => {
    const clock = new Clock();
    clock.freeze(at);
    clock.pin(new Date('2026-01-01T12:00:00Z'));
    expect(clock.isoDate()).toBe('2026-01-01');
    clock.pin(undefined);
    expect(clock.now().toISOString()).toBe('2026-06-01T15:00:00.000Z');
  });
});
