import type { IncomingHttpHeaders } from 'node:http';
import type { FetchLike } from '../clients/send-json.js';
import type { Contract, JsonSchema } from '../contracts/contract.js';
import type { ProbeRequest } from '../drift/probe-requests.js';
import type { ProviderStateDefinition } from '../scenarios/provider-state-definition.js';
import type { ScenarioRun } from './scenario-run.js';

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
export type OptionSpec = { type: 'string' | 'boolean'; multiple?: boolean; env?: string; usage: string; /** One line for `--help`. */ description?: string };

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
