/**
 * The state backend cannot be reached (a network backend is down or a sandbox lock stayed taken). The request is
 * answered with the API's own 503 and nothing of its transaction was written.
 * @example throw new StateUnavailableError('redis: connection refused')
 */
export class StateUnavailableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StateUnavailableError';
  }
}
