import { SANDBOX_KEY_HEADER, sandboxKeyCheck } from '../middleware/sandbox-key-check.js';
import { validateRequest } from '../../src/validation/validate-request.js';
import { parseBody } from '../middleware/parse-body.js';
import { Clock } from '../../src/state/clock.js';
import type { SandboxPool } from '../../src/state/sandbox-pool.js';
import type { World } from '../world.js';
import type { Interceptor } from './interceptor.js';
import { bodyReader } from './read-body.js';
import type { RequestContext } from './request-context.js';
import type { Outcome, Step } from './step.js';

/** Reads the raw body (Express's limits and decoding); a body that cannot be read is the API's 400/413/415. */
export function readBody(limit: string): Step {
  const read = bodyReader(limit);
  const settle = (context: RequestContext, outcome: Awaited<ReturnType<typeof read>>): Outcome | undefined => {
    if (!outcome.ok) return context.api.runtime.errors.malformed(outcome.status, outcome.reason);
    context.raw = outcome.raw;
    return undefined;
  };
  return (context) => {
    const outcome = read(context.request, context.response);
    return outcome instanceof Promise ? outcome.then((done) => settle(context, done)) : settle(context, outcome);
  };
}

const wallClock = new Clock();

/**
 * Credentials, checked before anything that could answer or create a sandbox (Prefer, faults, a new world), against
 * the sandbox's clock when the sandbox exists.
 */
export function authenticate(pool: SandboxPool<World>): Step {
  return (context) => {
    const { request } = context;
    const clock = pool.peek(context.sandbox)?.env.clock ?? wallClock;
    return context.api.runtime.authenticate({ method: request.method, path: request.path, headers: request.headers, raw: context.raw ?? Buffer.alloc(0), clock }, context.compiled);
  };
}

/** Parses the body as the contract says (JSON or form); malformed or forbidden keys are the API's 400/415. */
export const parse: Step = (context) => {
  const parsed = parseBody(context.request, context.raw ?? Buffer.alloc(0), context.compiled.contract);
  if (!parsed.ok) return context.api.runtime.errors.malformed(parsed.status, parsed.reason);
  context.body = parsed.body;
  return undefined;
};

/** Validates headers, path parameters, query and body against the contract; keeps the coerced values. */
export const validate: Step = (context) => {
  const { request, compiled } = context;
  const query = request.query as Record<string, unknown>;
  const validation = validateRequest(compiled, { headers: request.headers, params: context.params, query, body: context.body });
  if (!validation.ok) return context.api.runtime.errors.validation(compiled, validation.diagnostics);
  context.values = validation.values;
  return undefined;
};

/** Fetches (or creates) the caller's world: only now, so an anonymous or invalid request never builds one. */
export function enterSandbox(pool: SandboxPool<World>, keys?: readonly string[]): Step {
  const mayCreate = sandboxKeyCheck(keys);
  return async (context) => {
    if (!pool.existing(context.sandbox)) mayCreate(context.sandbox, context.request.headers[SANDBOX_KEY_HEADER]);
    context.world = await pool.get(context.sandbox);
    return undefined;
  };
}

/** An interceptor as a step; its answers skip strict response validation. */
export function intercept(interceptor: Interceptor): Step {
  const settle = (answer: Outcome | undefined): Outcome | undefined => (answer ? { ...answer, unchecked: true } : undefined);
  return (context) => {
    const { compiled, request } = context;
    const answer = interceptor({ compiled, request, world: context.world as World, errors: context.api.runtime.errors });
    return answer instanceof Promise ? answer.then(settle) : settle(answer);
  };
}
