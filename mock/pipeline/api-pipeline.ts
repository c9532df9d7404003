import { problem, ProblemError } from '../../src/problems/problem.js';
import type { SandboxPool } from '../../src/state/sandbox-pool.js';
import { SandboxLimitError } from '../../src/state/sandbox-limit-error.js';
import { StateUnavailableError } from '../../src/state/state-unavailable-error.js';
import { validateResponse } from '../../src/validation/validate-response.js';
import type { RequestJournal } from '../admin/request-journal.js';
import { recordRequest } from '../middleware/record-requests.js';
import { problemResponse } from '../middleware/render-problem.js';
import type { World } from '../world.js';
import type { Interceptor } from './interceptor.js';
import type { RequestContext } from './request-context.js';
import { authenticate, enterSandbox, intercept, parse, readBody, validate } from './request-steps.js';
import { respond } from './respond.js';
import type { Outcome, Step } from './step.js';
import { writeAnswer } from './write-answer.js';

export type PipelineOptions = {
  pool: SandboxPool<World>;
  journal: RequestJournal;
  bodyLimit: string;
  /** Validate every handler answer against the contract; a mismatch answers a 500 contract-violation problem. */
  strict: boolean;
  interceptors: readonly Interceptor[];
  log: (line: string) => void;
  /** When set, a request that would create a sandbox must carry one of these in `X-Clientela-Sandbox-Key`. */
  sandboxKeys?: readonly string[];
};

async function runSteps(steps: readonly Step[], context: RequestContext): Promise<Outcome> {
  for (const step of steps) {
    const result = step(context);
    // Most steps answer synchronously; awaiting only real promises keeps the hot path lean.
    const answer = result instanceof Promise ? await result : result;
    if (answer) return answer;
  }
  throw new Error('the pipeline ended without an answer');
}

function failed(context: RequestContext, error: unknown, log: (line: string) => void): Outcome {
  // A sandbox that may not be created is a capacity answer a client of the API must handle: in the API's envelope.
  if (error instanceof SandboxLimitError) return { ...context.api.runtime.errors.failure(error.status, error.message), unchecked: true };
  // clientela's own problems (e.g. a missing sandbox key, met when the world is fetched) are answered as such.
  if (error instanceof ProblemError) return { ...problemResponse(error.problem, true), unchecked: true };
  // Redis away: the API's own 503, as a load balancer or client retry expects; nothing of the request was written.
  if (error instanceof StateUnavailableError) return context.api.runtime.errors.failure(503, 'the service is temporarily unavailable');
  log(`unexpected failure in ${context.compiled.contract.operationId}: ${(error as Error).stack ?? String(error)}`);
  return context.api.runtime.errors.failure(500, 'unexpected failure in the mock');
}

function checked(context: RequestContext, outcome: Outcome, log: (line: string) => void): Outcome {
  const { contract } = context.compiled;
  const diagnostics = validateResponse(context.compiled, outcome.status, outcome.body);
  if (diagnostics.length === 0) return outcome;
  log(`contract violation in ${contract.operationId} ${outcome.status}: ${JSON.stringify(diagnostics.slice(0, 5))}`);
  return problemResponse(problem('contract-violation', `${contract.operationId} answered ${outcome.status} outside its contract`, { diagnostics }), true);
}

/**
 * The one path of an API request, in order: body → authentication → parsing → validation → sandbox → `Prefer`,
 * faults and other interceptors → handler → strict response validation → write → journal.
 * Each step answers to end the request; every answer is written by `writeAnswer` and journaled once.
 */
export function apiPipeline(options: PipelineOptions): (context: RequestContext) => Promise<void> {
  const steps: Step[] = [readBody(options.bodyLimit), authenticate(options.pool), parse, validate, enterSandbox(options.pool, options.sandboxKeys), ...options.interceptors.map(intercept), respond];
  return async (context) => {
    let outcome: Outcome;
    try {
      outcome = await runSteps(steps, context);
    } catch (error) {
      outcome = failed(context, error, options.log);
    }
    if (options.strict && !outcome.unchecked) outcome = checked(context, outcome, options.log);
    if (context.response.headersSent) return;
    const responseText = writeAnswer(context.response, outcome);
    const { sandbox, started, raw, world } = context;
    const sandboxTime = world?.env.clock.millis();
    const operationId = context.compiled.contract.operationId;
    recordRequest(options.journal, context.request, { started, sandbox, ...(sandboxTime === undefined ? {} : { sandboxTime }), operationId, status: outcome.status, body: raw, responseText });
  };
}
