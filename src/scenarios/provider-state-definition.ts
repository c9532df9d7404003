import type { SandboxEnv } from '../plugin/api-plugin.js';
import type { StateReader } from '../state/state-store.js';
import type { ProviderStateParams } from './provider-state-params.js';

/**
 * What a provider state asks of a sandbox: entities to create (or reuse), keyed by API as in a scenario file; a
 * check that fails the state when something that must be absent exists; or a whole scenario. When its
 * parameters cannot make the state: only `errors`.
 */
export type ProviderStatePlan<S = unknown> = {
  entities?: Record<string, unknown>;
  /** Why the state cannot hold (an entity that must be absent exists, in sandbox `env.name`), or undefined. */
  absent?: (state: StateReader, sandbox: S, env: SandboxEnv) => Promise<string | undefined>;
  scenario?: { name: string; params: Record<string, unknown> };
  /** Freeze the sandbox clock at this instant (ISO 8601 with a zone). */
  clock?: string;
  errors?: string[];
};

/**
 * One Pact provider state: a name pattern with `{param}` placeholders, its setup and (optionally) its teardown.
 * Both are plans, applied to a sandbox by the mock's scenario runner.
 */
export type ProviderStateDefinition<S = unknown> = {
  pattern: string;
  description: string;
  setup: (params: ProviderStateParams) => ProviderStatePlan<S>;
  teardown?: (params: ProviderStateParams) => ProviderStatePlan<S>;
};
