import { Verifier } from '@pact-foundation/pact';
import { type InteractionOutcome, readVerifierReport } from './read-verifier-report.js';
import { normalizeInteractions } from './normalize-interactions.js';
import { pactRequestFilter, type StateFailures } from './pact-request-filter.js';
import { readPactFiles } from './read-pact-files.js';
import { type ProviderCredentials, ReplayAuth } from './replay-auth.js';
import type { ApiPlugin } from '../plugin/api-plugin.js';

export type VerifyPactsOptions = {
  /** Pact files or folders of them. */
  pacts: string[];
  /** The running provider (the mock), e.g. `http://127.0.0.1:4010`. */
  providerBaseUrl: string;
  /** The APIs the pacts may cover (their plug-ins rewrite credentials). */
  plugins: readonly ApiPlugin[];
  credentials: ProviderCredentials;
  /** Replay every request and state change in this sandbox of the mock. */
  sandbox?: string;
  /** Reset the provider (its sandbox) before each interaction's states are set up. Default true. */
  reset?: boolean;
  /** The Rust verifier's own log level. Default `warn`. */
  logLevel?: 'trace' | 'debug' | 'info' | 'warn' | 'error';
};

/** The outcome of a verification run: one entry per interaction, in pact order. */
export type VerifyReport = { ok: boolean; interactions: InteractionOutcome[]; durationMs: number };

/**
 * Verifies pact files against a running provider with the pact-js Verifier. Provider states go to the mock's
 * `/__admin/provider-states` registry (an unknown or failing state fails its interaction); recorded credentials
 * are replaced by the provider's own (see `ReplayAuth`). Never throws for a failed verification: read `ok`.
 * @example const report = await verifyPacts({ pacts: ['pacts/'], providerBaseUrl: url, credentials })
 */
export async function verifyPacts(options: VerifyPactsOptions): Promise<VerifyReport> {
  process.env.PACT_DO_NOT_TRACK = 'true';
  const started = performance.now();
  const pacts = readPactFiles(options.pacts);
  const interactions = pacts.flatMap(normalizeInteractions);
  const failures: StateFailures = new Map();
  const auth = new ReplayAuth(options.providerBaseUrl, options.plugins, options.credentials, options.sandbox);
  const verifier = new Verifier({
    provider: pacts.map((pact) => String((pact.document.provider as { name?: unknown } | undefined)?.name ?? ''))[0] ?? 'clientela',
    providerBaseUrl: options.providerBaseUrl,
    pactUrls: pacts.map((pact) => pact.file),
    requestFilter: pactRequestFilter({
      baseUrl: options.providerBaseUrl,
      auth,
      failures,
      reset: options.reset ?? true,
      ...(options.sandbox ? { sandbox: options.sandbox } : {}),
      ...(options.credentials.adminToken ? { adminToken: options.credentials.adminToken } : {}),
    }),
    logLevel: options.logLevel ?? 'warn',
    failIfNoPactsFound: true,
  });
  let raw: string;
  let rejected = false;
  try {
    raw = await verifier.verifyProvider();
  } catch (error) {
    rejected = true;
    raw = (error as Error).message;
  }
  if (process.env.CLIENTELA_DEBUG_VERIFY) process.stderr.write(`verifier report: ${raw}\n`);
  const outcomes = readVerifierReport(raw, interactions, failures);
  return { ok: !rejected && outcomes.length > 0 && outcomes.every((o) => o.ok), interactions: outcomes, durationMs: Math.round(performance.now() - started) };
}
