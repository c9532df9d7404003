import type { IncomingHttpHeaders } from 'node:http';
import type { FetchLike } from '../clients/send-json.js';
import type { Contract, JsonSchema } from '../contracts/contract.js';
import type { ProbeRequest } from '../drift/probe-requests.js';
import type { EntityFaker } from '../fake/entity-faker.js';
import type { ProviderStateDefinition } from '../scenarios/provider-state-definition.js';
import type { Clock } from '../state/clock.js';
import type { AnyCollection, StateWriter } from '../state/state-store.js';
import type { CompiledContract } from '../validation/compile-contract.js';
import type { Diagnostic } from '../validation/diagnostic.js';
import type { RequestInput } from '../validation/validate-request.js';
import type { DomainError } from './domain-error.js';
import type { ScenarioRun } from './scenario-run.js';

/** What a handler (or an error renderer) answers: status, JSON body, extra headers. */
export type ApiResponse = { status: number; body?: unknown; headers?: Record<string, string> };

/**
 * The request as authentication sees it: before parsing, with the raw body (signatures cover its bytes). `path` is
 * the full request path (mount included, no query string).
 */
export type ApiRequest = { method: string; path: string; headers: IncomingHttpHeaders; raw: Buffer };

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

/** How an API renders every error, in its own format. */
export type ApiErrorRenderer = {
  /** The request does not match the contract. */
  validation: (compiled: CompiledContract, diagnostics: Diagnostic[]) => ApiResponse;
  /** The body cannot be read: malformed JSON, too large, forbidden keys, wrong content type. */
  malformed: (status: 400 | 413 | 415, reason: string) => ApiResponse;
  /** An injected fault or an unexpected failure (500), or unavailability (503). */
  failure: (status: 500 | 503, reason: string) => ApiResponse;
  /** The API's own answer for an error status of an operation, from its error catalogue; undefined when it has none. */
  catalogued: (compiled: CompiledContract, status: number) => ApiResponse | undefined;
  /** A business rule refused the request. */
  domain: (error: DomainError, compiled: CompiledContract) => ApiResponse;
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
};

/** A scenario file's part for one API: the key named after the API. */
export type ScenarioSupport<S> = {
  /** JSON Schema (2020-12) of the part. */
  schema: JsonSchema;
  /** Top-level entities the part creates (for progress bars). */
  total: (part: unknown) => number;
  /** Creates the part's entities; `pointer` is where the part sits in the scenario (`/acme`). */
  apply: (run: ScenarioRun<S>, part: unknown, pointer: string) => Promise<void>;
  /** Names of the counters `run.count` keeps for this API (every report lists them, 0 when unused). */
  counts: readonly string[];
  /** Report fields of this API, fresh at the start of each run (`{ widgetIds: {} }`); steps fill `run.results`. */
  results?: () => Record<string, unknown>;
  /** What a provider state built from this API's entities adds to its answer (e.g. the one customer's `id`). */
  stateResult?: (results: Record<string, unknown>) => Record<string, unknown>;
  providerStates: ProviderStateDefinition<S>[];
};

/** One command-line flag an API adds, with the environment variable it falls back to. */
export type OptionSpec = { type: 'string' | 'boolean'; multiple?: boolean; env?: string; usage: string };

/** Flag values as parsed (environment fallbacks applied). */
export type OptionValues = Record<string, string | boolean | string[] | undefined>;

/** What `clientela serve` learns of an API. */
export type CliSupport<C> = {
  /** The API's name in the start-up banner (default: the plug-in name). */
  label?: string;
  options: Record<string, OptionSpec>;
  /** The configuration those flags ask for; throws an `Error` with one clear line for a bad value. */
  configure: (values: OptionValues) => Partial<C>;
  /** One banner line after the mount: how to authenticate. */
  banner: (config: C) => string;
};

/** A sender of drift probes to one deployment of the API. */
export type DriftSender = (contract: Contract, probe: ProbeRequest) => Promise<{ ok: boolean; status: number; body: unknown }>;

/** Rewrites the credentials of a replayed pact request for the provider under verification. */
export type ReplayAuthenticator = {
  /** Headers to overwrite (lower-case names) on a request to `path`, relative to the API's mount. */
  headersFor: (path: string, headers: IncomingHttpHeaders, body: Buffer) => Promise<Record<string, string>>;
  /** The provider was reset: drop cached tokens. */
  forget: () => void;
};

/** Where a pact replay or drift run sends its requests. */
export type ProviderSession = { baseUrl: string; fetch: FetchLike };

/** Credential flags of `check` or `verify`, and the credentials they give. */
export type CredentialSupport = {
  options: Record<string, OptionSpec>;
  /** Usage fragment of these flags, e.g. `[--token T] [--store-id N]`. */
  usage: string;
  /** Credentials from the flags (environment fallbacks applied); an `Error` with one clear line when some are missing. */
  credentials: (values: OptionValues) => unknown;
};

/** What `check` and `verify` learn of an API. */
export type ContractTestingSupport<C> = {
  /** `clientela check --api NAME`: only this API's flags apply. */
  check: CredentialSupport;
  /** `clientela verify`: every API's flags apply (pacts may cover several APIs). */
  verify: CredentialSupport & {
    /** The configuration an in-process mock needs to accept these credentials (`verify` without `--url`). */
    providerConfig?: (credentials: unknown) => Partial<C>;
    /** The credentials to replay with once the in-process mock runs with `config`. */
    providerCredentials?: (credentials: unknown, config: C) => unknown;
  };
  /** Sends drift probes with the API's typed client; `session.baseUrl` is the server root (the mount is the plug-in's). */
  driftSender: (session: ProviderSession, credentials: unknown) => DriftSender;
  /** Drift order: operations that create what later probes read run first. */
  flowOrder?: readonly string[];
  /** Writes probed even without `--allow-writes`, as they change nothing a user keeps (e.g. issuing a token). */
  harmlessWrites?: readonly string[];
  /** Remembers ids an answer reveals (a created customer), for the probes that follow. */
  harvestIds?: (contract: Contract, body: unknown, ids: Record<string, string>) => void;
  /** The probe with learnt ids in place of the example's. */
  substituteIds?: (contract: Contract, probe: ProbeRequest, ids: Record<string, string>) => ProbeRequest;
  /** Rewrites credentials of replayed pact requests; `session.fetch` already carries the sandbox header. */
  replayAuth: (session: ProviderSession, credentials: unknown) => ReplayAuthenticator;
};

/**
 * One mocked API, contributed whole: its folder of contracts, its mount, its state collections, its behaviour,
 * and what the scenarios, the CLI and the contract-testing kit need of it. The kit itself knows no API.
 */
export type ApiPlugin<C = unknown, S = unknown> = {
  /** Folder name under `contracts/` and `data/`, key in scenario files, the `api` of its contracts. */
  name: string;
  /** Its name in documents (the README's operations table). */
  title: string;
  /** The exported OpenAPI document's `info.title`; default: the title followed by `(clientela mock)`. */
  openApiTitle?: string;
  /** Where the mock serves it (`/acme/api/v1`); contract paths are relative to it. */
  mount: string;
  /** The folder of its contracts (one JSON file per operation and a `defs.json`). */
  contractsDir: string;
  defaultConfig: C;
  collections: readonly AnyCollection[];
  /** Builds the API for one server; throws when the configuration cannot work (a bad data file). */
  create: (config: C) => ApiRuntime<S>;
  scenarios?: ScenarioSupport<S>;
  cli?: CliSupport<C>;
  testing?: ContractTestingSupport<C>;
};

/** What documents and matchers need of an API: its name, titles and mount. */
export type ApiInfo = Pick<ApiPlugin, 'name' | 'title' | 'openApiTitle' | 'mount'>;

/**
 * Declares a plug-in with its types checked, and answers it as the kit sees every plug-in (configuration and
 * sandbox part opaque), so plug-ins of different types share one list.
 * @example export const acme = definePlugin({ name: 'acme', mount: '/acme', … })
 */
export function definePlugin<C, S>(plugin: ApiPlugin<C, S>): ApiPlugin {
  return plugin as unknown as ApiPlugin;
}
