import type { IncomingHttpHeaders } from 'node:http';
import type { EntityFaker } from '../fake/entity-faker.js';
import type { Clock } from '../state/clock.js';
import type { StateSnapshot, StateWriter } from '../state/state-store.js';
import type { CompiledContract } from '../validation/compile-contract.js';
import type { Diagnostic } from '../validation/diagnostic.js';
import type { RequestInput } from '../validation/validate-request.js';
import type { DomainError } from './domain-error.js';

/** What a handler (or an error renderer) answers: status, JSON body, extra headers. */
export type ApiResponse = { status: number; body?: unknown; headers?: Record<string, string> };

/**
 * The request as authentication sees it: before parsing, with the raw body (signatures cover its bytes). `path` is
 * the full request path (mount included, no query string).
 */
export type ApiRequest = {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  raw: Buffer;
  /** The caller's sandbox clock (the wall clock while the sandbox does not exist yet): token expiry, signature windows. */
  clock: Clock;
};

/** What every API of one sandbox shares: its name, seed, clock and seeded faker. */
export type SandboxEnv = { name: string; seed: number; clock: Clock; faker: EntityFaker };

/** Everything a handler gets: the contract, the validated (coerced) values, its API's sandbox part and the transaction. */
export type HandlerContext<S> = {
  compiled: CompiledContract;
  values: Required<RequestInput>;
  /** This API's part of the caller's sandbox (configuration, reference data, caches). */
  sandbox: S;
  /** The sandbox's state, inside this request's transaction: a handler that throws leaves no write behind. */
  tx: StateWriter;
  env: SandboxEnv;
};

/** An operation's behaviour. Domain refusals are thrown as `DomainError`, rendered by the API's `errors.domain`. */
export type Handler<S> = (context: HandlerContext<S>) => Promise<ApiResponse>;

/**
 * Why no operation of an API serves a request under its mount, found by the engine for the API to word: 404 with
 * the operation nearest by edit distance, or 405 with the methods the path answers (the engine sends `Allow`).
 */
export type RouteError = {
  status: 404 | 405;
  method: string;
  /** The full request path, mount included. */
  path: string;
  /** 404: the nearest operation (`GET /acme/widgets/{id}`); absent when the API has none. */
  nearest?: string;
  /** 405: the methods the path answers, in `Allow` order. */
  allowed: string[];
  /** One English sentence naming the method, the path and the nearest operation or the allowed methods. */
  reason: string;
};

/** The statuses an API's `failure` renders. */
export type FailureStatus = 429 | 500 | 502 | 503 | 504 | 507;

/** How an API renders every error, in its own format. */
export type ApiErrorRenderer = {
  /** The request does not match the contract. */
  validation: (compiled: CompiledContract, diagnostics: Diagnostic[]) => ApiResponse;
  /** The body cannot be read: malformed JSON, too large, forbidden keys, wrong content type. */
  malformed: (status: 400 | 413 | 415, reason: string) => ApiResponse;
  /**
   * An injected fault or an unexpected failure (500), unavailability (503), a provider behind a proxy that cannot be
   * reached or answered outside its contract (502) or too slowly (504), or a sandbox that may not be created: too
   * many (429) or over the memory budget (507).
   */
  failure: (status: FailureStatus, reason: string) => ApiResponse;
  /** The API's own answer for an error status of an operation, from its error catalogue; undefined when it has none. */
  catalogued: (compiled: CompiledContract, status: number) => ApiResponse | undefined;
  /** A business rule refused the request. */
  domain: (error: DomainError, compiled: CompiledContract) => ApiResponse;
  /** No operation serves the path (404) or the method (405) under the API's mount. */
  route: (error: RouteError) => ApiResponse;
};

/** Checks credentials; answers an error response to stop the request, or undefined to let it through. */
export type Authenticator = (request: ApiRequest, compiled: CompiledContract) => ApiResponse | undefined;

/** One API as built for one server from its configuration. */
export type ApiRuntime<S> = {
  handlers: Record<string, Handler<S>>;
  errors: ApiErrorRenderer;
  authenticate: Authenticator;
  /** This API's part of a new sandbox. */
  sandbox: (env: SandboxEnv) => S;
  /** Fills a new (or reset) sandbox with the API's reference state (e.g. stores), before any scenario. */
  initialize?: (tx: StateWriter, sandbox: S) => Promise<void>;
  /**
   * The counters a snapshot's rows imply (each sequence at the highest id in use), for an import: the import keeps
   * the higher of these and the snapshot's own, so a snapshot without its counters never makes a sequence hand out
   * an id that is taken.
   */
  countersOf?: (tables: StateSnapshot['tables']) => Record<string, number>;
};
