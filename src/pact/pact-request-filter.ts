import type { NextFunction, Request, Response } from 'express';
import { applyProviderState, resetProvider, type StateChange } from './provider-state-client.js';
import type { ReplayAuth } from './replay-auth.js';

/** Every provider-state failure of a run, by state name, so the summary can say why an interaction failed. */
export type StateFailures = Map<string, string>;

/** The path the pact-js verifier proxy posts provider-state changes to. */
const STATE_PATH = '/_pactSetup';

/** The body the provider will receive: forms re-encoded (the proxy parsed them), JSON as compact text. */
function forwardedBody(request: Request): Buffer {
  const body: unknown = request.body;
  if (Buffer.isBuffer(body)) return body;
  if (body === undefined || body === null || (typeof body === 'object' && Object.keys(body).length === 0 && !request.headers['content-length'])) return Buffer.alloc(0);
  if (String(request.headers['content-type'] ?? '').includes('application/x-www-form-urlencoded')) {
    return Buffer.from(new URLSearchParams(body as Record<string, string>).toString());
  }
  return Buffer.from(JSON.stringify(body));
}

/**
 * The Express middleware the pact-js verifier proxy runs before anything else. It answers provider-state changes
 * itself (pact-js would pass an unknown or failing state silently): a state the mock does not know, or that fails,
 * answers 500 with the reason, which fails that interaction. Every other request gets the provider's credentials
 * and sandbox, and its body re-encoded as it was recorded.
 */
export function pactRequestFilter(options: { baseUrl: string; sandbox?: string; adminToken?: string; auth: ReplayAuth; failures: StateFailures; reset: boolean }) {
  let setupsInFlight = 0;
  return async (request: Request, response: Response, next: NextFunction): Promise<void> => {
    try {
      if (request.method === 'POST' && request.path === STATE_PATH) {
        const change = request.body as StateChange;
        if (change.action === 'setup' && setupsInFlight++ === 0 && options.reset) {
          options.auth.forget();
          const reset = await resetProvider(options.baseUrl, options.sandbox, options.adminToken);
          if (!reset.ok) return void failState(response, options.failures, change.state, reset.reason);
        }
        if (change.action === 'teardown') setupsInFlight = 0;
        // An interaction without provider states still gets one setup call, with an empty name.
        if (!change.state) return void response.status(200).json({});
        const outcome = await applyProviderState(options.baseUrl, { state: change.state, params: change.params ?? {}, action: change.action }, options.sandbox, options.adminToken);
        if (!outcome.ok) return void failState(response, options.failures, change.state, outcome.reason);
        // A state that worked now must not carry an earlier failure's reason into this interaction's report.
        options.failures.delete(change.state);
        response.status(200).json(outcome.values);
        return;
      }
      setupsInFlight = 0;
      const body = forwardedBody(request);
      const overrides = await options.auth.headersFor(request.path, request.headers, body);
      request.body = body;
      Object.assign(request.headers, overrides);
      if (body.length > 0 || request.headers['content-length'] !== undefined) request.headers['content-length'] = String(body.length);
      next();
    } catch (error) {
      response.status(500).type('text/plain').send(`clientela verify: ${(error as Error).message}`);
    }
  };
}

function failState(response: Response, failures: StateFailures, state: string, reason: string): void {
  failures.set(state, reason);
  // 4xx, not 5xx: the verifier retries a 5xx state change three times, a second apart.
  response.status(422).type('text/plain').send(reason);
}
