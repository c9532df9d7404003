import type { Request } from 'express';
import type { ApiName } from '../src/contracts/contract.js';
import type { CompiledContract } from '../src/validation/compile-contract.js';
import type { Diagnostic } from '../src/validation/diagnostic.js';
import type { RequestInput } from '../src/validation/validate-request.js';
import type { World } from './world.js';

/** What a handler (or an error renderer) answers: status, JSON body, extra headers. */
export type ApiResponse = { status: number; body?: unknown; headers?: Record<string, string> };

/** Everything a handler gets: the contract, the validated (coerced) request values and the caller's world. */
export type HandlerContext = {
  compiled: CompiledContract;
  values: Required<RequestInput>;
  world: World;
  request: Request;
};

/**
 * An operation's behaviour. Synchronous on purpose: a handler checks everything first, then changes state,
 * with no `await` in between, so concurrent requests never interleave and a rejected request changes nothing.
 * Domain errors are thrown as `ApiError`.
 */
export type Handler = (context: HandlerContext) => ApiResponse;

/** How an API renders the errors the shared pipeline detects, in that API's own format. */
export type ApiErrorRenderer = {
  /** The request does not match the contract. */
  validation: (compiled: CompiledContract, diagnostics: Diagnostic[]) => ApiResponse;
  /** The body cannot be read: malformed JSON, too large, forbidden keys, wrong content type. */
  malformed: (status: 400 | 413 | 415, reason: string) => ApiResponse;
  /** An injected fault or an unexpected failure (500), or unavailability (503). */
  failure: (status: 500 | 503, reason: string) => ApiResponse;
  /**
   * The API's own answer for an error status of an operation, taken from its error catalogue (e.g. FirstVision's
   * 422 with the operation's first VPL code); undefined when the catalogue has none for that status.
   */
  catalogued: (compiled: CompiledContract, status: number) => ApiResponse | undefined;
};

/** Checks credentials; answers an error response to stop the request, or undefined to let it through. */
export type Authenticator = (request: Request, compiled: CompiledContract, rawBody: Buffer) => ApiResponse | undefined;

/** One mocked API: its handlers by operation id, its error format and its authentication. */
export type ApiModule = {
  api: ApiName;
  handlers: Record<string, Handler>;
  errors: ApiErrorRenderer;
  authenticate: Authenticator;
};
