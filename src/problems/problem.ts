/** An RFC 9457 problem document: clientela's own errors (admin API, unmatched routes, scenarios, contract violations). */
export type Problem = {
  type: string;
  title: string;
  status: number;
  detail?: string;
  [extension: string]: unknown;
};

/** Every kind of problem clientela itself reports; the README lists them. */
export const problemCatalogue = {
  'unmatched-route': { status: 404, title: 'No contract matches this request' },
  'method-not-allowed': { status: 405, title: 'The path exists but not with this method' },
  'contract-violation': { status: 500, title: 'The mock answered outside its contract (strict mode)' },
  'admin-unauthorized': { status: 401, title: 'The admin API needs a valid token' },
  'bad-request': { status: 400, title: 'The request is malformed' },
  'request-timeout': { status: 408, title: 'The request did not arrive in time' },
  'headers-too-large': { status: 431, title: 'The request headers are too large' },
  'not-found': { status: 404, title: 'No such resource' },
  'invalid-scenario': { status: 422, title: 'The scenario is invalid' },
  'invalid-state': { status: 422, title: 'The state snapshot is invalid' },
  'too-many-sandboxes': { status: 429, title: 'The sandbox limit is reached' },
  'sandbox-memory-exhausted': { status: 507, title: 'A new sandbox would exceed the sandbox memory budget' },
  'sandbox-key-required': { status: 403, title: 'Creating a sandbox needs the sandbox key' },
  'unknown-scenario': { status: 404, title: 'No scenario has this name' },
  'scenario-failed': { status: 409, title: 'The scenario breaks a domain rule of the current state' },
  'unknown-provider-state': { status: 400, title: 'No provider state matches this name' },
  'provider-state-failed': { status: 409, title: 'The provider state cannot be set up' },
  'invalid-faults': { status: 400, title: 'The fault settings are invalid' },
  'invalid-clock': { status: 400, title: 'The clock change is invalid' },
  'invalid-prefer': { status: 400, title: 'The Prefer header asks for something the contract does not have' },
  'state-unavailable': { status: 503, title: 'The state backend cannot be reached' },
  internal: { status: 500, title: 'clientela failed unexpectedly' },
} as const;

export type ProblemKind = keyof typeof problemCatalogue;

/**
 * Builds a problem document of a catalogued kind.
 * @example problem('unmatched-route', 'GET /acme/nope matches no contract', { nearest: 'GET /acme/widgets/{id}' })
 */
export function problem(kind: ProblemKind, detail?: string, extensions: Record<string, unknown> = {}): Problem {
  const { status, title } = problemCatalogue[kind];
  return { type: `https://clientela.dev/problems/${kind}`, title, status, ...(detail ? { detail } : {}), ...extensions };
}

/** A thrown problem, turned into a response by the one problem renderer. */
export class ProblemError extends Error {
  readonly problem: Problem;

  constructor(kind: ProblemKind, detail?: string, extensions: Record<string, unknown> = {}) {
    super(detail ?? problemCatalogue[kind].title);
    this.name = 'ProblemError';
    this.problem = problem(kind, detail, extensions);
  }
}
