import type { ProviderStateDefinition } from '../../src/scenarios/provider-state-definition.js';

/**
 * The provider state every API shares: the sandbox clock frozen at an instant, so a contract test about expiry
 * (tokens, cards, dates in answers) is reproducible. `{instant}` is ISO 8601 with a zone.
 */
export const clockProviderState: ProviderStateDefinition = {
  pattern: 'the clock is at {instant}',
  description: 'The sandbox clock is frozen at {instant} (ISO 8601 with a zone, e.g. 2026-06-01T12:00:00-03:00); the result carries `now`.',
  setup: (params) => ({ clock: params.instant ?? '' }),
};
