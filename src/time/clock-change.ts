import type { Clock } from '../state/clock.js';
import { addDuration, parseIsoDuration } from './iso-duration.js';
import { parseInstant } from './parse-instant.js';

/** What `PUT /__admin/clock` may say: freeze at an instant, run from an instant, or move by a duration. */
export type ClockChange = { at?: unknown; running?: unknown; advance?: unknown };

/**
 * Applies a clock change, or answers why it cannot: `{ at }` freezes, `{ at, running: true }` runs from `at`,
 * `{ advance: 'PT15M' }` moves the clock (frozen stays frozen). Nothing changes when the change is refused.
 * @example changeClock(clock, { advance: 'P30D' }) // undefined
 */
export function changeClock(clock: Clock, change: ClockChange): string | undefined {
  const keys = Object.keys(change).filter((key) => !['at', 'running', 'advance'].includes(key));
  if (keys.length) return `unknown field(s) ${keys.join(', ')}: send { "at": ISO } , { "at": ISO, "running": true } or { "advance": "PT15M" }`;
  if ((change.at === undefined) === (change.advance === undefined)) return 'send either "at" (an instant) or "advance" (an ISO 8601 duration)';
  if (change.running !== undefined && typeof change.running !== 'boolean') return '"running" is true or false';
  if (change.advance !== undefined) {
    if (change.running !== undefined) return '"running" goes with "at", not with "advance"';
    const parsed = parseIsoDuration(typeof change.advance === 'string' ? change.advance : '');
    if (!parsed.ok) return parsed.reason;
    clock.advance((now) => addDuration(now, parsed.duration));
    return undefined;
  }
  const instant = parseInstant(change.at);
  if (!instant.ok) return instant.reason;
  if (change.running === true) clock.runFrom(instant.at);
  else clock.freeze(instant.at);
  return undefined;
}
